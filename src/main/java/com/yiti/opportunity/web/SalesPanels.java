package com.yiti.opportunity.web;

import com.yiti.customer.CustomerPanel;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pipeline's sections of the customer 360 page: its opportunities, and its activity timeline. */
@Configuration(proxyBeanMethods = false)
class SalesPanels {

    @Bean
    CustomerPanel opportunitiesPanel(OpportunityManagement opportunities, UserDirectory directory) {
        return new CustomerPanel() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public String template() {
                return "opportunity/panels";
            }

            @Override
            public String fragment() {
                return "opportunities";
            }

            @Override
            public boolean visibleTo(CurrentUser user) {
                return !directory.salesScope(user).none();
            }

            @Override
            public Map<String, Object> model(long customerId, CurrentUser user) {
                return Map.of(
                        "panelOpportunities", opportunities.ofCustomer(customerId), "panelCustomerId", customerId);
            }
        };
    }

    @Bean
    CustomerPanel activitiesPanel(ActivityManagement activities, UserDirectory directory) {
        return new CustomerPanel() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public String template() {
                return "opportunity/panels";
            }

            @Override
            public String fragment() {
                return "activities";
            }

            @Override
            public boolean visibleTo(CurrentUser user) {
                return !directory.salesScope(user).none();
            }

            @Override
            public Map<String, Object> model(long customerId, CurrentUser user) {
                ActivityForm form = new ActivityForm();
                form.setCustomerId(customerId);
                return Map.of(
                        "activities",
                        activities.about(customerId, null, null, 50),
                        "activityForm",
                        form,
                        "panelCustomerId",
                        customerId,
                        "canLogActivity",
                        !directory.salesScope(user).readOnly());
            }
        };
    }
}
