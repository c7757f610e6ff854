package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order export writes what the list shows — every visible order once, with its customer, owner and totals — from
 * headers alone (no lines read), in the reader's scope and filter.
 */
@YitiTest
class OrderExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrderManagement orders;

    @Test
    void theExportHoldsEveryVisibleOrderAsTheListShowsIt() throws Exception {
        for (String user : List.of("manager", "sales1")) {
            List<String> lines = csv("/orders/export.csv", user);
            assertThat(lines.get(0))
                    .isEqualTo("number,customer,owner,status,promised_date,net,tax,gross,confirmed_at,currency");
            var listed = users.runAs(
                    user,
                    () -> orders.search(
                            new OrderFilter(null, null, null, null),
                            PageRequest.of(0, 100, Sort.by(Sort.Order.desc("id")))));
            assertThat(lines).hasSize((int) listed.getTotalElements() + 1);
            OrderView newest = listed.getContent().get(0);
            assertThat(lines.get(1))
                    .startsWith(newest.number() + "," + quoted(newest.customerName()) + "," + quoted(newest.ownerName())
                            + "," + newest.status())
                    .contains("," + newest.grossTotal().toPlainString() + ",");
        }
        // the filter applies
        List<String> confirmed = csv("/orders/export.csv?status=CONFIRMED", "manager");
        assertThat(confirmed.subList(1, confirmed.size())).allMatch(l -> l.contains(",CONFIRMED,"));
    }

    private List<String> csv(String url, String user) throws Exception {
        byte[] body = mvc.perform(get(url).with(users.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().toList();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
