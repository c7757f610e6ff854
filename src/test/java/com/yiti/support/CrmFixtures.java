package com.yiti.support;

import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.opportunity.LeadData;
import com.yiti.opportunity.LeadManagement;
import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadView;
import com.yiti.opportunity.OpportunityData;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records owned by a given rep, created as that rep through the facades (unique names per call). */
@Component
public class CrmFixtures {

    private final TestUsers users;
    private final CustomerManagement customers;
    private final LeadManagement leads;
    private final OpportunityManagement opportunities;

    CrmFixtures(
            TestUsers users, CustomerManagement customers, LeadManagement leads, OpportunityManagement opportunities) {
        this.users = users;
        this.customers = customers;
        this.leads = leads;
        this.opportunities = opportunities;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public CustomerView customerOf(String rep) {
        return users.runAs(rep, () -> customers.create(data(unique("测试客户 Test Co"), null), true));
    }

    public static CustomerData data(String name, String creditCode) {
        return new CustomerData(
                name, creditCode, "制造业", null, "华东", null, null, null, null, 30, "CNY", CustomerStatus.ACTIVE);
    }

    public OpportunityView opportunityOf(String rep, long customerId, BigDecimal amount) {
        return users.runAs(
                rep,
                () -> opportunities.create(new OpportunityData(
                        customerId,
                        unique("Deal"),
                        amount,
                        Stage.PROSPECTING,
                        null,
                        LocalDate.now().plusDays(30),
                        null,
                        null,
                        null)));
    }

    public LeadView leadOf(String rep) {
        return users.runAs(
                rep,
                () -> leads.create(new LeadData(
                        unique("线索公司 Lead Co"),
                        "周先生",
                        "采购经理",
                        "13800138000",
                        "zhou@example.com",
                        LeadSource.WEBSITE,
                        null,
                        new BigDecimal("120000.00"),
                        "wants a quote for 200 units",
                        null)));
    }
}
