package com.yiti.integration.internal;

import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: a webhook for the company's ledger, switched off (its host does not exist), so ADMIN sees the page, the
 * event types and the signing secret without anything being sent.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class WebhookDemoData implements ApplicationRunner {

    private final Webhooks webhooks;

    WebhookDemoData(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (webhooks.count() > 0) {
            return;
        }
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            Webhook ledger = new Webhook(WebhookSignature.newSecret());
            ledger.change(
                    "财务系统 Ledger (demo)",
                    "https://ledger.example.com/yiti/events",
                    List.of("invoice.issued", "credit-note.issued", "payment.received"),
                    false);
            return webhooks.save(ledger);
        });
    }
}
