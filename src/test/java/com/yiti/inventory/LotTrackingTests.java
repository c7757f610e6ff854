package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.finance.LedgerManagement;
import com.yiti.order.LotTrace;
import com.yiti.order.LotTraces;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lots and serial numbers (decision 027): captured at receipt with the supplier, picked first expiring first,
 * carried by shipments and transfers, traced both ways; a serial number in one place at a time; the ledgers hold.
 */
@YitiTest
class LotTrackingTests {

    @Autowired
    StockReturns stockReturns;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    StockTransfers transfers;

    @Autowired
    InventorySetup setup;

    @Autowired
    LotTracking lots;

    @Autowired
    LotTraces traces;

    @Autowired
    StockValuation valuation;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    String customerName;

    static String sn() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
    }

    static LotIn serial(String number) {
        return new LotIn(number, null, BigDecimal.ONE);
    }

    void invariantsHold() {
        assertThat(lots.violations()).isEmpty();
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(valuation.violations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }

    ShipmentView shipToACustomer(ProductView p, int quantity) {
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, quantity);
        customerName = users.runAs("sales1", () -> orders.get(order.id())).customerName();
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        return users.runAs(
                "warehouse",
                () -> fixtures.ship(
                        order.id(), order.lines().get(0).id(), String.valueOf(quantity), "SF" + System.nanoTime()));
    }

    @Test
    void serialNumbersAreCapturedAtReceiptShippedAndTracedBackToTheSupplier() {
        Bought b = purchases.ordered("3", "80.00", Tracking.SERIAL);
        String[] serials = {sn(), sn(), sn()};
        assertThatThrownBy(() -> purchases.receive(b, "3"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lot.serialsRequired")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("lots[" + b.lineId() + "]"));
        assertThatThrownBy(() -> purchases.receive(b, "3", List.of(serial(serials[0]), serial(serials[1]))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lot.serialCount");
        assertThatThrownBy(() -> purchases.receive(b, "2", List.of(serial(serials[0]), serial(serials[0]))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lot.numberTwice");
        var receipt = purchases.receive(b, "3", List.of(serial(serials[0]), serial(serials[1]), serial(serials[2])));

        ShipmentView shipped = shipToACustomer(b.product(), 2);
        assertThat(shipped.lines().get(0).lots()).containsExactly(serials[0], serials[1]); // oldest first

        List<LotTrace> found = users.runAs("service", () -> traces.numbered(serials[1]));
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.lot().serial()).isTrue();
            assertThat(t.lot().originReference()).isEqualTo(receipt.number());
            assertThat(t.lot().purchaseOrderNumber()).isEqualTo(b.po().number());
            assertThat(t.lot().supplierId()).isEqualTo(b.supplierId());
            assertThat(t.lot().onHand()).isEqualByComparingTo("0");
            assertThat(t.customers()).containsExactly(customerName);
            assertThat(t.steps())
                    .extracting(LotTrace.Step::reason)
                    .containsExactly(MoveReason.RECEIPT, MoveReason.SHIPMENT);
            assertThat(t.steps().get(1).orderNumber()).isEqualTo(shipped.orderNumber());
        });
        // the unit still in stock cannot come in again; the shipped ones can (a repair comes back)
        Bought again = new Bought(
                b.product(), b.supplierId(), purchases.ordered("1", "80.00").po(), b.lineId());
        assertThat(users.runAs("service", () -> traces.numbered(serials[2]))
                        .get(0)
                        .lot()
                        .where())
                .singleElement()
                .satisfies(w -> assertThat(w.onHand()).isEqualByComparingTo("1"));
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> stockReturns.receiveReturn(
                                b.product().id(), fixtures.warehouse(), BigDecimal.ONE, false, "RMA-T", serials[2])))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lot.serialInStock");
        users.runAs(
                "warehouse",
                () -> stockReturns.receiveReturn(
                        b.product().id(), fixtures.warehouse(), BigDecimal.ONE, true, "RMA-T", serials[0]));
        assertThat(users.runAs("service", () -> traces.numbered(serials[0]))
                        .get(0)
                        .lot()
                        .onHand())
                .isEqualByComparingTo("1");
        // sales reps do not trace
        assertThatThrownBy(() -> users.runAs("sales1", () -> traces.numbered(serials[0])))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        invariantsHold();
    }

    @Test
    void lotsArePickedFirstExpiringFirstAndTravelWithATransfer() {
        Bought b = purchases.ordered("30", "5.00", Tracking.LOT);
        String late = "L" + System.nanoTime() % 1_000_000 + "A";
        String soon = "L" + System.nanoTime() % 1_000_000 + "B";
        LocalDate today = LocalDate.now();
        purchases.receive(b, "10", List.of(new LotIn(late, today.plusMonths(12), BigDecimal.TEN)));
        assertThatThrownBy(() -> purchases.receive(b, "10", List.of(new LotIn(soon, null, BigDecimal.ONE))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("lot.quantitiesDiffer");
        purchases.receive(b, "10", List.of(new LotIn(soon, today.plusMonths(3), BigDecimal.TEN)));

        ShipmentView shipped = shipToACustomer(b.product(), 12);
        assertThat(shipped.lines().get(0).lots()).containsExactlyInAnyOrder(soon + " × 10", late + " × 2");

        // a transfer takes the lots with it
        long other = users.runAs(
                        "admin",
                        () -> setup.create(new WarehouseData(
                                "ZL"
                                        + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                                                .toUpperCase(),
                                "批次测试仓",
                                null,
                                false)))
                .id();
        TransferView t = users.runAs(
                "warehouse",
                () -> transfers.request(new NewTransfer(
                        fixtures.warehouse(),
                        other,
                        null,
                        List.of(new NewTransfer.Line(b.product().id(), new BigDecimal("3"))))));
        users.runAs("warehouse", () -> transfers.ship(t.id()));
        users.runAs("warehouse", () -> transfers.receive(t.id(), null));
        LotTrace lateTrace =
                users.runAs("warehouse", () -> traces.numbered(late)).get(0);
        assertThat(lateTrace.lot().where())
                .extracting(LotView.Where::warehouseId, w -> w.onHand().stripTrailingZeros())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(fixtures.warehouse(), new BigDecimal("5")),
                        org.assertj.core.groups.Tuple.tuple(other, new BigDecimal("3")));
        assertThat(lateTrace.lot().expiryDate()).isEqualTo(today.plusMonths(12));
        invariantsHold();
    }

    @Test
    void aCountLossTakesStockWithoutALotFirstAndLotsNeverHoldMoreThanIsOnHand() {
        Bought b = purchases.ordered("5", "5.00", Tracking.LOT);
        long w = fixtures.warehouse();
        BigDecimal before = inventory.balance(b.product().id(), w).onHand();
        users.runAs(
                "warehouse",
                () -> inventory.receive(b.product().id(), w, new BigDecimal("4"), MoveReason.RECEIPT, "OPENING"));
        String lot = "L" + System.nanoTime() % 1_000_000 + "C";
        purchases.receive(b, "5", List.of(new LotIn(lot, null, new BigDecimal("5"))));
        // 9 on hand, 5 of them in the lot: a loss of 3 comes out of the 4 without a lot
        users.runAs(
                "warehouse", () -> inventory.adjust(b.product().id(), w, before.add(new BigDecimal("6")), "broken"));
        assertThat(users.runAs("warehouse", () -> traces.numbered(lot))
                        .get(0)
                        .lot()
                        .onHand())
                .isEqualByComparingTo("5");
        // a loss of 4 more: 1 without a lot, then 3 from the lot
        users.runAs(
                "warehouse", () -> inventory.adjust(b.product().id(), w, before.add(new BigDecimal("2")), "broken"));
        assertThat(users.runAs("warehouse", () -> traces.numbered(lot))
                        .get(0)
                        .lot()
                        .onHand())
                .isEqualByComparingTo("2");
        invariantsHold();
    }

    @Test
    void theWarehouseNamesTheSerialNumbersItScannedWhenShippingThroughTheApi() throws Exception {
        Bought b = purchases.ordered("3", "60.00", Tracking.SERIAL);
        String[] serials = {sn(), sn(), sn()};
        purchases.receive(b, "3", List.of(serial(serials[0]), serial(serials[1]), serial(serials[2])));
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), b.product(), 1);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        long line = order.lines().get(0).id();
        String body = "{\"orderId\":" + order.id() + ",\"quantities\":{\"" + line + "\":1},\"lots\":{\"" + line
                + "\":[\"%s\"]}}";
        // a serial number not in this warehouse is refused at the line
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/shipments")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.formatted("SN-NOT-HERE")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("lots[" + line + "]"));
        // the third one, scanned, goes rather than the oldest
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/shipments")
                        .header("Authorization", "Bearer demo-warehouse-key")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body.formatted(serials[2])))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].lots[0]").value(serials[2]));
        invariantsHold();
    }

    @Test
    void theTraceScreensAndApiAreForThoseWhoHandleComplaints() throws Exception {
        Bought b = purchases.ordered("1", "50.00", Tracking.SERIAL);
        String number = sn();
        purchases.receive(b, "1", List.of(serial(number)));
        mvc.perform(get("/trace").param("q", number).with(users.as("service"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/trace").param("q", "SN-").with(users.as("warehouse"))).andExpect(status().isOk());
        mvc.perform(get("/trace").param("q", number).with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get("/trace").param("q", number).with(users.as("finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/serials/" + number).header("Authorization", "Bearer demo-service-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].lot.number").value(number))
                .andExpect(jsonPath("$[0].lot.purchaseOrderNumber").value(b.po().number()));
        mvc.perform(get("/api/v1/serials/NO-SUCH-SERIAL").header("Authorization", "Bearer demo-service-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/lots").param("q", number).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
    }
}
