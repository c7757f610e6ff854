package com.yiti.customer.web;

import com.yiti.customer.CustomerPanel;
import com.yiti.mail.Outbox;
import com.yiti.platform.CurrentUser;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer 360 page lists what was e-mailed to the customer: quotations, invoices, statements, survey links. */
@Configuration(proxyBeanMethods = false)
class CustomerMailPanel {

    @Bean
    CustomerPanel mailsPanel(Outbox outbox) {
        return new CustomerPanel() {
            @Override
            public int order() {
                return 90;
            }

            @Override
            public String template() {
                return "mail/fragments";
            }

            @Override
            public String fragment() {
                return "customerPanel";
            }

            @Override
            public boolean visibleTo(CurrentUser user) {
                return true;
            }

            @Override
            public Map<String, Object> model(long customerId, CurrentUser user) {
                return Map.of("panelMails", outbox.toParty("customer:" + customerId));
            }
        };
    }
}
