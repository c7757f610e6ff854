package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.PickOrder;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Bins (decision 028): set up per warehouse, a product's home bin, the pick list walked in bin order. */
@YitiTest
class BinTests {

    @Autowired
    BinManagement bins;

    @Autowired
    InventorySetup setup;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    long newWarehouse() {
        String code =
                "ZN" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return users.runAs("admin", () -> setup.create(new WarehouseData(code, "货位测试仓 " + code, null, false)))
                .id();
    }

    @Test
    void thePickListWalksTheBinsInOrder() {
        long w = fixtures.warehouse();
        String row = "T" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        BinView back = users.runAs("warehouse", () -> bins.create(w, row + "-B-09", "最里面 back"));
        BinView front = users.runAs("warehouse", () -> bins.create(w, row + "-A-01", null));
        ProductView far = fixtures.product(ProductType.BOUGHT, "10.00", 3, "10");
        ProductView near = fixtures.product(ProductType.BOUGHT, "10.00", 3, "10");
        ProductView nowhere = fixtures.product(ProductType.BOUGHT, "10.00", 3, "10");
        users.runAs("warehouse", () -> {
            bins.assign(far.sku(), back.id());
            bins.assign(near.sku().toLowerCase(), front.id());
            return null;
        });
        // the order lists the far product first; the pick list walks the near bin first, no bin last
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), nowhere, 1, far, 1, near, 1);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        PickOrder pick = users.runAs("warehouse", () -> fulfilment.pickOrder(order.id()));
        assertThat(pick.lines()).extracting(PickOrder.Line::sku).containsExactly(near.sku(), far.sku(), nowhere.sku());
        assertThat(pick.lines()).extracting(PickOrder.Line::bin).containsExactly(row + "-A-01", row + "-B-09", null);

        // moving a product to another bin; a bin still in use cannot be retired, an empty one can
        users.runAs("warehouse", () -> {
            bins.assign(far.sku(), front.id());
            return null;
        });
        assertThat(users.runAs("warehouse", () -> fulfilment.pickOrder(order.id()))
                        .lines())
                .extracting(PickOrder.Line::bin)
                .containsExactly(row + "-A-01", row + "-A-01", null);
        assertThatThrownBy(() -> users.runAs("warehouse", () -> bins.deactivate(front.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("bin.inUse");
        assertThat(users.runAs("warehouse", () -> bins.deactivate(back.id())).active())
                .isFalse();
        assertThatThrownBy(() -> users.runAs("warehouse", () -> {
                    bins.assign(near.sku(), back.id());
                    return null;
                }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("bin.inactive");
    }

    @Test
    void badCodesAndUnknownProductsAreRefusedAtTheirFieldAndOnlyTheWarehouseKeepsBins() throws Exception {
        long w = newWarehouse();
        BinView bin = users.runAs("admin", () -> bins.create(w, "a-01-01", null));
        assertThat(bin.code()).isEqualTo("A-01-01");
        assertThatThrownBy(() -> users.runAs("warehouse", () -> bins.create(w, "A-01-01", null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("bin.codeTaken")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("code"));
        assertThatThrownBy(() -> users.runAs("warehouse", () -> bins.create(w, "A 01", null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("bin.codePattern");
        assertThatThrownBy(() -> users.runAs("warehouse", () -> {
                    bins.assign("NO-SUCH-SKU", bin.id());
                    return null;
                }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("bin.unknownSku");
        assertThatThrownBy(() -> users.runAs("sales1", () -> bins.create(w, "B-01", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bins.bins(w)).extracting(BinView::code).containsExactly("A-01-01");

        mvc.perform(get("/stock/bins").param("warehouseId", String.valueOf(w)).with(users.as("warehouse")))
                .andExpect(status().isOk());
        mvc.perform(get("/stock/bins").with(users.as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/stock/bins").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(post("/stock/bins")
                        .param("warehouseId", String.valueOf(w))
                        .param("code", "B-02")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stock/bins")
                        .param("warehouseId", String.valueOf(w))
                        .param("code", "B-02")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/bins")
                        .param("warehouseId", String.valueOf(w))
                        .header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[1].code")
                        .value("B-02"));
    }

    @Autowired
    StocktakeManagement stocktakes;

    @Test
    void aBinIsCountedOnItsOwnWhileAnotherBinIsCountedAndTheSheetWalksTheBins() {
        long w = newWarehouse();
        BinView a = users.runAs("warehouse", () -> bins.create(w, "A-01", null));
        BinView b = users.runAs("warehouse", () -> bins.create(w, "B-01", null));
        ProductView first = fixtures.product(ProductType.BOUGHT, "10.00", 3, "0");
        ProductView second = fixtures.product(ProductType.BOUGHT, "10.00", 3, "0");
        users.runAs("warehouse", () -> {
            bins.assign(first.sku(), a.id());
            bins.assign(second.sku(), b.id());
            return null;
        });
        StocktakeView countA = users.runAs("warehouse", () -> stocktakes.start(w, null, a.id()));
        assertThat(countA.binCode()).isEqualTo("A-01");
        assertThat(countA.lines()).extracting(StocktakeView.Line::sku).containsExactly(first.sku());
        // another bin at the same time: fine; the same bin or the whole warehouse: refused
        StocktakeView countB = users.runAs("warehouse", () -> stocktakes.start(w, null, b.id()));
        assertThat(countB.lines()).extracting(StocktakeView.Line::sku).containsExactly(second.sku());
        assertThatThrownBy(() -> users.runAs("warehouse", () -> stocktakes.start(w, null, a.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("stocktake.alreadyCounting");
        assertThatThrownBy(() -> users.runAs("warehouse", () -> stocktakes.start(w, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("stocktake.alreadyCounting");
        // a bin of another warehouse is refused at its field
        long other = newWarehouse();
        assertThatThrownBy(() -> users.runAs("warehouse", () -> stocktakes.start(other, null, a.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("stocktake.binOtherWarehouse");
    }
}
