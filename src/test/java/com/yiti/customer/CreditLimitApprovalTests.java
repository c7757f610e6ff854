package com.yiti.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A credit-limit change in the CREDIT_LIMIT flow (issue 19; the demo flow: the manager from ¥500,000): a small limit
 * applies at once; a large one waits — the customer keeps his terms — until the manager approves it, and a rejected
 * one never applies. The API answers 202 for a change that waits.
 */
@YitiTest
class CreditLimitApprovalTests {

    @Autowired
    CreditTermsManagement creditTerms;

    @Autowired
    Approvals approvals;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void aLargeLimitWaitsForTheManagerAndASmallOneAppliesAtOnce() {
        CustomerView c = crm.customerOf("sales1");
        assertThat(users.runAs(
                        "finance",
                        () -> creditTerms.changeCreditTerms(c.id(), null, new BigDecimal("100000"), 30, null)))
                .isTrue();
        assertThat(users.runAs(
                        "finance",
                        () -> creditTerms.changeCreditTerms(c.id(), null, new BigDecimal("800000"), 45, null)))
                .as("from ¥500,000 the manager approves")
                .isFalse();
        CreditTerms meanwhile = users.runAs("finance", () -> creditTerms.creditTerms(c.id()));
        assertThat(meanwhile.creditLimit()).isEqualByComparingTo("100000");
        assertThat(meanwhile.paymentTermsDays()).isEqualTo(30);

        ApprovalView request = users.runAs("finance", () -> creditTerms.creditLimitApprovals(c.id()))
                .get(0);
        assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.facts()).containsEntry("increase", "700000.00").containsEntry("oldLimit", "100000.00");
        users.runAs("manager", () -> approvals.approve(request.id(), request.version(), "客户回款良好 pays well"));
        CreditTerms after = users.runAs("finance", () -> creditTerms.creditTerms(c.id()));
        assertThat(after.creditLimit()).isEqualByComparingTo("800000");
        assertThat(after.paymentTermsDays()).isEqualTo(45);

        // removing the limit is the most credit there is: it waits too, and a rejection leaves the limit
        assertThat(users.runAs("finance", () -> creditTerms.changeCreditTerms(c.id(), null, null, 45, null)))
                .isFalse();
        ApprovalView removal = users.runAs("finance", () -> creditTerms.creditLimitApprovals(c.id()))
                .get(0);
        users.runAs("manager", () -> approvals.reject(removal.id(), removal.version(), "不行 no"));
        assertThat(users.runAs("finance", () -> creditTerms.creditTerms(c.id())).creditLimit())
                .isEqualByComparingTo("800000");
    }

    @Test
    void theApiSaysAcceptedForAChangeThatWaits() throws Exception {
        CustomerView c = crm.customerOf("sales1");
        long version =
                users.runAs("finance", () -> creditTerms.creditTerms(c.id())).version();
        mvc.perform(put("/api/v1/customers/" + c.id() + "/credit-terms")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"creditLimit\":900000,\"paymentTermsDays\":30}"))
                .andExpect(status().isAccepted())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .as("the terms shown are the old ones")
                        .doesNotContain("900000"));
    }
}
