package com.yiti.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.inventory.Tracking;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The receive form asks tracked lines for their lot or serial numbers and refuses a wrong count at the field. */
@YitiTest
class ReceiveLotsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    PurchasingManagement purchasing;

    @Test
    void serialNumbersAreScannedIntoTheReceiptAndAWrongCountIsRefusedAtTheField() throws Exception {
        Bought b = purchases.ordered("3", "20.00", Tracking.SERIAL);
        String page = "/purchasing/orders/" + b.po().id();
        mvc.perform(post(page + "/receive")
                        .param("quantities[" + b.lineId() + "]", "3")
                        .param("lots[" + b.lineId() + "]", "RX-1\nRX-2\n")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lot-" + b.lineId() + "-error\"")))
                .andExpect(content().string(containsString("3 units need 3 serial numbers")));
        assertThat(users.runAs("purchasing", () -> purchasing.purchaseOrder(b.po().id()))
                        .lines()
                        .get(0)
                        .receivedQuantity())
                .isEqualByComparingTo("0");
        String n = "RX" + System.nanoTime() % 1_000_000;
        mvc.perform(post(page + "/receive")
                        .param("quantities[" + b.lineId() + "]", "3")
                        .param("lots[" + b.lineId() + "]", n + "-1, " + n + "-2 " + n + "-3")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
    }
}
