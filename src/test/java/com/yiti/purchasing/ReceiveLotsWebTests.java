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

    @Autowired
    com.yiti.support.OrderFixtures fixtures;

    @Autowired
    SupplierManagement suppliers;

    /**
     * A form posted with its one-time key runs in the request's transaction: when its second line is refused, the
     * page shown again says what is really stored (nothing received), not what the refused work had changed.
     */
    @Test
    void aRefusedLineLeavesThePageAsTheDatabaseHasIt() throws Exception {
        var first = fixtures.product(com.yiti.inventory.ProductType.BOUGHT, "10.00", 3, "0");
        var second = fixtures.product(com.yiti.inventory.ProductType.BOUGHT, "10.00", 3, "0");
        long w = fixtures.warehouse();
        PurchaseOrderView po = users.runAs("purchasing", () -> {
            long supplier = suppliers
                    .createSupplier(
                            new SupplierData(com.yiti.support.CrmFixtures.unique("供应商 RL"), null, null, null, 7, true))
                    .id();
            var a = purchasing.requisitionReorder(first.id(), w, new java.math.BigDecimal("3"));
            var b = purchasing.requisitionReorder(second.id(), w, new java.math.BigDecimal("2"));
            var created = purchasing.createPurchaseOrder(supplier, java.util.List.of(a.id(), b.id()), null);
            return purchasing.send(created.id(), created.version());
        });
        long lineA = po.lines().stream()
                .filter(l -> l.productId() == first.id())
                .findFirst()
                .orElseThrow()
                .id();
        long lineB = po.lines().stream()
                .filter(l -> l.productId() == second.id())
                .findFirst()
                .orElseThrow()
                .id();
        String page = "/purchasing/orders/" + po.id();
        mvc.perform(post(page + "/receive")
                        .param("_formKey", "receive-" + System.nanoTime())
                        .param("quantities[" + lineA + "]", "3")
                        .param("quantities[" + lineB + "]", "5")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("still open (2)")))
                // the first line is still open to receive: the form still offers it
                .andExpect(content().string(containsString("id=\"rcv-" + lineA + "\"")));
        assertThat(users.runAs("purchasing", () -> purchasing.purchaseOrder(po.id()))
                        .lines())
                .allSatisfy(l -> assertThat(l.receivedQuantity()).isEqualByComparingTo("0"));
    }
}
