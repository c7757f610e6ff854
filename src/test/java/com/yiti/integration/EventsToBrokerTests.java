package com.yiti.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business events reach the RabbitMQ running on the machine (127.0.0.1:5672, guest/guest) as CloudEvents, read back
 * here by an example consumer from its own queue; a broker that is down delays an event and never loses it.
 */
@YitiTest
@TestPropertySource(properties = "yiti.events.amqp.enabled=true")
class EventsToBrokerTests {

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RabbitAdmin admin;

    @Autowired
    CachingConnectionFactory connections;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    OrderManagement orders;

    @Autowired
    CustomerManagement customers;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    static final String BROKER = "127.0.0.1:5672";

    String queue;

    @BeforeAll
    static void brokerIsRunning() {
        try (Socket s = new Socket("127.0.0.1", 5672)) {
            assertThat(s.isConnected()).isTrue();
        } catch (Exception e) {
            fail("RabbitMQ is not reachable at 127.0.0.1:5672 (guest/guest); start it (service rabbitmq-server start)");
        }
    }

    /** An example consumer: its own queue, bound to the exchange for the types it wants. */
    @BeforeEach
    void consumerQueue() {
        queue = admin.declareQueue(new Queue("yiti-test-" + java.util.UUID.randomUUID(), false, false, false));
        for (String key : List.of("order.confirmed", "customer.*")) {
            admin.declareBinding(new Binding(queue, Binding.DestinationType.QUEUE, "yiti.events", key, null));
        }
    }

    @AfterEach
    void dropQueue() {
        connections.setAddresses(BROKER);
        connections.resetConnection();
        admin.deleteQueue(queue);
    }

    List<JsonNode> receive(String type, String subject, long waitMillis) {
        List<JsonNode> found = new ArrayList<>();
        long until = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < until) {
            Message m = rabbit.receive(queue, 200);
            if (m == null) {
                if (!found.isEmpty()) {
                    break;
                }
                continue;
            }
            assertThat(m.getMessageProperties().getContentType()).isEqualTo("application/cloudevents+json");
            JsonNode ce = json.readTree(m.getBody());
            if (ce.get("type").asString().equals(type)
                    && ce.get("subject").asString().equals(subject)) {
                found.add(ce);
            }
        }
        return found;
    }

    @Test
    void aConfirmedOrderReachesAConsumerQueueAsACloudEventWithItsData() {
        CustomerView customer = crm.customerOf("sales1");
        ProductView p = fixtures.product(ProductType.BOUGHT, "120.00", 5, "50");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 3);
        OrderView confirmed = users.runAs("sales1", () -> orders.confirm(draft.id(), null));

        List<JsonNode> messages = receive("com.yiti.order.confirmed.v1", confirmed.number(), 10_000);
        assertThat(messages).hasSize(1);
        JsonNode ce = messages.get(0);
        assertThat(ce.get("specversion").asString()).isEqualTo("1.0");
        assertThat(ce.get("source").asString()).isEqualTo("http://localhost:8080");
        assertThat(ce.get("id").asString()).hasSize(36);
        assertThat(ce.get("dataschema").asString()).endsWith("/v3/asyncapi#/components/schemas/OrderConfirmed");
        JsonNode data = ce.get("data");
        assertThat(data.get("orderId").asLong()).isEqualTo(confirmed.id());
        assertThat(data.get("number").asString()).isEqualTo(confirmed.number());
        assertThat(data.get("customerId").asLong()).isEqualTo(customer.id());
        assertThat(data.get("grossTotal").decimalValue()).isEqualByComparingTo(confirmed.grossTotal());
    }

    @Test
    void aBrokerThatIsDownDelaysAnEventAndLosesNothing() throws Exception {
        connections.setAddresses("127.0.0.1:1"); // nothing listens there: every send is refused
        connections.resetConnection();
        String name = CrmFixtures.unique("断线客户 Outage customer");
        CustomerView created = users.runAs("sales1", () -> customers.create(CrmFixtures.data(name, null), true));

        String unsent = "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null"
                + " and EVENT_TYPE like '%CustomerCreated' and SERIALIZED_EVENT like ?";
        long until = System.currentTimeMillis() + 10_000;
        while (jdbc.queryForObject(unsent, Integer.class, "%" + created.id() + "%") == 0
                && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        Thread.sleep(500); // the failed attempt has been made: nothing reached the queue
        assertThat(jdbc.queryForObject(unsent, Integer.class, "%" + created.id() + "%"))
                .isEqualTo(1);

        connections.setAddresses(BROKER);
        connections.resetConnection();
        assertThat(receive("com.yiti.customer.created.v1", name, 500)).isEmpty();
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof com.yiti.customer.CustomerCreated c && c.customerId() == created.id());
        List<JsonNode> delivered = receive("com.yiti.customer.created.v1", name, 10_000);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).get("data").get("customerId").asLong()).isEqualTo(created.id());
        until = System.currentTimeMillis() + 5_000;
        while (jdbc.queryForObject(unsent, Integer.class, "%" + created.id() + "%") > 0
                && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject(unsent, Integer.class, "%" + created.id() + "%"))
                .isZero();
    }
}
