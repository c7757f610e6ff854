package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A quotation's margin (issue 18): shown to sales managers and managers, never to reps (who never see cost). */
@YitiTest
class QuotationMarginTests {

    @Autowired
    QuotationManagement quotations;

    @Autowired
    QuotationMargins margins;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void salesManagersAndManagersSeeEachLinesMarginRepsDoNot() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0"); // standard cost 10.00
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            return quotations.addLine(
                    created.id(), created.version(), new LineData(p.id(), new BigDecimal("2"), null, null));
        });

        QuotationMargins.Margins m = users.runAs("salesmgr", () -> margins.of(q.id()));
        QuotationMargins.Margin line = m.lines().get(q.lines().get(0).id());
        assertThat(line.net()).isEqualByComparingTo("200.00");
        assertThat(line.cost()).isEqualByComparingTo("20.00");
        assertThat(line.margin()).isEqualByComparingTo("180.00");
        assertThat(line.pct()).isEqualByComparingTo("90.0");
        assertThat(m.total().margin()).isEqualByComparingTo("180.00");
        assertThatThrownBy(() -> users.runAs("sales1", () -> margins.of(q.id())))
                .isInstanceOf(AccessDeniedException.class);

        for (String reader : new String[] {"salesmgr", "manager"}) {
            mvc.perform(get("/quotations/" + q.id()).with(users.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"quotation-margins\"")))
                    .andExpect(content().string(containsString("90.0 %")));
        }
        mvc.perform(get("/quotations/" + q.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("quotation-margins"))))
                .andExpect(content().string(not(containsString("90.0 %"))));
    }
}
