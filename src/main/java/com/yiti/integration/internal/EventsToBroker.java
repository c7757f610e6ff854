package com.yiti.integration.internal;

import com.yiti.shared.PublishedEvent;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Business events to RabbitMQ (decision 033), on when {@code yiti.events.amqp.enabled=true}: each event that
 * committed is sent to the durable topic exchange {@code yiti.events} (routing key: its type, {@code order.confirmed})
 * as a persistent message, and counts as sent only when the broker confirms it. The listener is tracked by the event
 * publication registry: while the broker is down or refuses, the publication stays incomplete and is sent again
 * (every minute, and on restart) until the broker takes it. Consumers bind their own queues ({@code order.#}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "yiti.events.amqp.enabled", havingValue = "true")
class EventsToBroker {

    @Bean
    TopicExchange yitiEventsExchange(@Value("${yiti.events.amqp.exchange:yiti.events}") String name) {
        return new TopicExchange(name, true, false);
    }

    @Bean
    BrokerPublisher brokerPublisher(
            RabbitTemplate rabbit,
            CloudEvents cloudEvents,
            TopicExchange yitiEventsExchange,
            EventMetrics metrics,
            @Value("${yiti.events.amqp.confirm-timeout-ms:10000}") long confirmTimeout) {
        return new BrokerPublisher(rabbit, cloudEvents, yitiEventsExchange.getName(), metrics, confirmTimeout);
    }

    static class BrokerPublisher {

        private final RabbitTemplate rabbit;
        private final CloudEvents cloudEvents;
        private final String exchange;
        private final long confirmTimeout;
        private final EventMetrics metrics;

        BrokerPublisher(
                RabbitTemplate rabbit,
                CloudEvents cloudEvents,
                String exchange,
                EventMetrics metrics,
                long confirmTimeout) {
            this.metrics = metrics;
            this.rabbit = rabbit;
            this.cloudEvents = cloudEvents;
            this.exchange = exchange;
            this.confirmTimeout = confirmTimeout;
        }

        /** After commit, off the request's thread; a refusal or a timeout leaves the publication for a retry. */
        @Async
        @TransactionalEventListener
        public void on(PublishedEvent event) {
            Map<String, Object> ce = cloudEvents.of(event);
            Message message = MessageBuilder.withBody(cloudEvents.bytes(ce))
                    .setContentType(CloudEvents.CONTENT_TYPE)
                    .setContentEncoding("UTF-8")
                    .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                    .setMessageId((String) ce.get("id"))
                    .setType((String) ce.get("type"))
                    .setAppId("yiti")
                    .setTimestamp(Date.from(Instant.parse((String) ce.get("time"))))
                    .build();
            try {
                rabbit.invoke(operations -> {
                    operations.send(exchange, event.eventType(), message);
                    operations.waitForConfirmsOrDie(confirmTimeout);
                    return null;
                });
            } catch (RuntimeException e) {
                metrics.broker(event.eventType(), false);
                throw e;
            }
            metrics.broker(event.eventType(), true);
        }
    }
}
