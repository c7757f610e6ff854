package com.yiti.integration.internal;

import com.yiti.integration.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveries extends JpaRepository<WebhookDelivery, Long> {

    Page<WebhookDelivery> findByWebhookIdOrderByIdDesc(long webhookId, Pageable pageable);

    Page<WebhookDelivery> findByWebhookIdAndStatusOrderByIdDesc(
            long webhookId, DeliveryStatus status, Pageable pageable);

    /**
     * The deliveries due now, oldest due first (index ix_int_delivery_due), of webhooks that are on: a webhook
     * switched off keeps its deliveries waiting until it is on again.
     */
    @Query("select d.id from WebhookDelivery d, Webhook w where w.id = d.webhookId and w.active = true"
            + " and d.status = com.yiti.integration.DeliveryStatus.PENDING"
            + " and d.nextAttemptAt <= ?1 order by d.nextAttemptAt, d.id")
    List<Long> due(Instant now, Pageable limit);

    long countByWebhookIdAndStatus(long webhookId, DeliveryStatus status);

    long countByStatus(DeliveryStatus status);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from WebhookDelivery d where d.webhookId = ?1")
    int deleteByWebhookId(long webhookId);
}
