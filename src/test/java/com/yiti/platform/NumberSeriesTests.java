package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, number sequences: ADMIN sets a document type's printed prefix and yearly reset; the next document takes
 * the shown next number, and the series continues under the new prefix without repeating a number.
 */
@YitiTest
class NumberSeriesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    NumberSeriesManagement series;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void aNewPrefixAndARunningSeriesContinueTheCounterAndTheNextNumberIsTheOneShown() throws Exception {
        NumberSeriesView before = users.runAs("admin", () -> series.get("MO"));
        try {
            String shown = before.nextNumber();
            String taken = tx.execute(s -> numbers.next("MO"));
            assertThat(taken).isEqualTo(shown).matches("MO-\\d{4}-\\d{6}");

            NumberSeriesView changed = users.runAs("admin", () -> series.update("MO", before.version(), "wo", false));
            assertThat(changed.prefix()).isEqualTo("WO");
            assertThat(changed.nextNumber()).matches("WO-\\d{6}");
            String running = tx.execute(s -> numbers.next("MO"));
            assertThat(running).isEqualTo(changed.nextNumber());

            // back to the yearly series: it continues where this year's counter stood
            NumberSeriesView yearly = users.runAs(
                    "admin", () -> series.update("MO", series.get("MO").version(), "MO", true));
            long lastYearly = Long.parseLong(taken.substring(taken.lastIndexOf('-') + 1));
            assertThat(yearly.nextNumber()).endsWith(String.format("-%06d", lastYearly + 1));
        } finally {
            users.runAs("admin", () -> series.update("MO", series.get("MO").version(), "MO", true));
        }
    }

    @Test
    void theScreenRefusesABadPrefixAtItsFieldAndIsAdminsOnly() throws Exception {
        long version = users.runAs("admin", () -> series.get("QT")).version();
        mvc.perform(post("/admin/numbers/QT")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("prefix", "1-2")
                        .param("yearlyReset", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "prefix"));
        mvc.perform(get("/admin/numbers").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("numbers-INV")));
        mvc.perform(get("/admin/numbers").with(users.as("finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/number-series").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk());
    }
}
