package com.yiti.inventory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Transfer and stocktake screens and API by role; a count sheet never shows the book to the counter. */
@YitiTest
class WarehouseMovesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    InventorySetup setup;

    @Autowired
    StockTransfers transfers;

    @Autowired
    StocktakeManagement stocktakes;

    long newWarehouse() {
        String code =
                "ZW" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return users.runAs("admin", () -> setup.create(new WarehouseData(code, "网页仓 " + code, null, false)))
                .id();
    }

    @Test
    void theScreensAnswerEachRoleAsItMay() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 3, "0");
        long w = newWarehouse();
        users.runAs(
                "warehouse", () -> inventory.receive(p.id(), w, new BigDecimal("7"), MoveReason.RECEIPT, "OPENING"));
        TransferView t = users.runAs(
                "warehouse",
                () -> transfers.request(new NewTransfer(
                        w, fixtures.warehouse(), null, List.of(new NewTransfer.Line(p.id(), BigDecimal.ONE)))));
        for (String user : List.of("warehouse", "admin", "manager", "purchasing", "production")) {
            mvc.perform(get("/stock/transfers").with(users.as(user))).andExpect(status().isOk());
            mvc.perform(get("/stock/transfers/" + t.id()).with(users.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(p.sku())));
        }
        for (String user : List.of("sales1", "finance", "service")) {
            mvc.perform(get("/stock/transfers").with(users.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/stock/transfers/new").with(users.as("purchasing"))).andExpect(status().isForbidden());
        mvc.perform(get("/stock/transfers/new")
                        .param("sku", p.sku())
                        .param("quantity", "1")
                        .with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(p.sku())));
        // a mistyped SKU is refused at its field
        mvc.perform(post("/stock/transfers/new")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("fromWarehouseId", String.valueOf(w))
                        .param("toWarehouseId", String.valueOf(fixtures.warehouse()))
                        .param("lines[0].sku", "NO-SUCH-SKU")
                        .param("lines[0].quantity", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].sku"));
        mvc.perform(post("/stock/transfers/" + t.id() + "/ship")
                        .with(users.as("purchasing"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        StocktakeView sheet = users.runAs("warehouse", () -> stocktakes.start(w, null));
        long line = sheet.lines().stream()
                .filter(l -> l.productId() == p.id())
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/stock/stocktakes/" + sheet.id() + "/count")
                        .with(users.as("warehouse"))
                        .with(csrf())
                        .param("counted[" + line + "]", "6"))
                .andExpect(status().is3xxRedirection());
        // the counter's sheet shows what was counted, never the book's 7; the review redirects them to it
        mvc.perform(get("/stock/stocktakes/" + sheet.id() + "/count").with(users.as("warehouse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"6\"")))
                .andExpect(content().string(not(containsString("stocktake-review-lines"))));
        mvc.perform(get("/stock/stocktakes/" + sheet.id()).with(users.as("warehouse")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/stock/stocktakes/" + sheet.id()).with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"stocktake-review-lines\"")));
        mvc.perform(post("/stock/stocktakes/" + sheet.id() + "/post")
                        .with(users.as("warehouse"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stocktakes/" + sheet.id()).header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].bookQuantity").doesNotExist());
        mvc.perform(post("/api/v1/stocktakes/" + sheet.id() + "/post").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("POSTED"));
        mvc.perform(post("/api/v1/transfers/" + t.id() + "/ship").header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"));
        mvc.perform(post("/api/v1/transfers/" + t.id() + "/receipts")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        // the stock ledger through the API: the transfer's two moves
        mvc.perform(get("/api/v1/stock/moves")
                        .param("productId", String.valueOf(p.id()))
                        .header("Authorization", "Bearer demo-warehouse-key"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("TRANSFER_OUT")))
                .andExpect(content().string(containsString("TRANSFER_IN")));
        // suppliers are created through the API by purchasing, not by the warehouse
        String supplier = "{\"name\":\"API 供应商 " + System.nanoTime() + "\",\"leadTimeDays\":5}";
        mvc.perform(post("/api/v1/suppliers")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(supplier))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/suppliers")
                        .header("Authorization", "Bearer demo-purchasing-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(supplier))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.leadTimeDays").value(5));
        mvc.perform(get("/stock/stocktakes").with(users.as("warehouse"))).andExpect(status().isOk());
        mvc.perform(get("/stock/stocktakes").with(users.as("sales1"))).andExpect(status().isForbidden());
    }
}
