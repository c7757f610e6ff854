package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.Approvals;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Supplier payments in the SUPPLIER_PAYMENT flow (issue 19; the demo flow: the manager from ¥100,000): a large payment
 * is submitted, not made — no money leaves, whatever the client sends — until the manager approves it; then it is made
 * as proposed, in the deciding transaction. A small one is made at once.
 */
@YitiTest
class SupplierPaymentApprovalTests {

    @Autowired
    SupplierPaymentManagement paying;

    @Autowired
    Approvals approvals;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aLargePaymentIsMadeOnlyOnceTheManagerApprovesIt() throws Exception {
        long supplier = jdbc.queryForObject(
                "select min(id) from pur_supplier where active = true and id not in"
                        + " (select document_id from apr_request where document_type = 'SUPPLIER_PAYMENT'"
                        + " and status = 'PENDING')",
                Long.class);
        NewSupplierPayment large = new NewSupplierPayment(
                supplier,
                LocalDate.now(),
                new BigDecimal("150000.00"),
                PaymentMethod.BANK_TRANSFER,
                "预付 advance",
                false,
                null);
        long paymentsBefore = count(supplier);
        assertThatThrownBy(() -> users.runAs("finance", () -> paying.pay(large)))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "payables.approvalNeeded");
        var outcome = users.runAs("finance", () -> paying.payOrSubmit(large));
        assertThat(outcome.payment()).isNull();
        assertThat(outcome.approval().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(count(supplier)).as("no money left yet").isEqualTo(paymentsBefore);

        users.runAs(
                "manager",
                () -> approvals.approve(
                        outcome.approval().id(), outcome.approval().version(), "合同约定预付 agreed"));
        assertThat(count(supplier)).isEqualTo(paymentsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select amount from fin_supplier_payment where supplier_id = ? order by id desc limit 1",
                        BigDecimal.class,
                        supplier))
                .isEqualByComparingTo("150000.00");

        // a small one is made at once
        var small = users.runAs(
                "finance",
                () -> paying.payOrSubmit(new NewSupplierPayment(
                        supplier, LocalDate.now(), new BigDecimal("10.00"), PaymentMethod.CASH, null, false, null)));
        assertThat(small.payment()).isNotNull();
        assertThat(small.approval()).isNull();

        // the API answers 202 with where the request is
        mvc.perform(post("/api/v1/supplier-payments")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"supplierId\":" + supplier + ",\"amount\":120000,\"method\":\"BANK_TRANSFER\"}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/approvals/")));
        approvals.withdraw("SUPPLIER_PAYMENT", supplier);
    }

    private long count(long supplier) {
        return jdbc.queryForObject(
                "select count(*) from fin_supplier_payment where supplier_id = ?", Long.class, supplier);
    }
}
