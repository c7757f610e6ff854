package com.yiti.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.finance.JournalEntryView;
import com.yiti.finance.LedgerManagement;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Moving-average costing through the real flows (decision 025): opening stock at standard cost, a receipt at the
 * ordered price moves the average, shipments and count losses leave at it, and the inventory account, goods received
 * not invoiced and the stock value stay equal.
 */
@YitiTest
class StockCostingTests {

    @Autowired
    StockMoveLog moveLog;

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
    StockValuation valuation;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    TestUsers users;

    BigDecimal net(String accountCode, String document) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JournalEntryView e : users.runAs("finance", () -> ledger.entriesOf(document))) {
            for (JournalEntryView.Line l : e.lines()) {
                if (l.accountCode().equals(accountCode)) {
                    sum = sum.add(l.debit()).subtract(l.credit());
                }
            }
        }
        return sum;
    }

    BigDecimal average(long productId) {
        return valuation.averageCosts(List.of(productId)).get(productId);
    }

    @Test
    void aReceiptAtTheOrderedPriceMovesTheAverageAndShipmentsLeaveAtIt() {
        Bought b = purchases.ordered("10", "16.00"); // standard cost 10.00
        long w = fixtures.warehouse();
        BigDecimal valueBefore = valuation.stockValue();
        users.runAs(
                "warehouse",
                () -> inventory.receive(b.product().id(), w, BigDecimal.TEN, MoveReason.RECEIPT, "OPENING"));
        assertThat(average(b.product().id())).isEqualByComparingTo("10.00"); // opening stock at standard cost

        var receipt = purchases.receive(b, "10");
        assertThat(net("2204", receipt.number())).isEqualByComparingTo("-160.00"); // GRNI at the ordered price
        assertThat(net("1405", receipt.number())).isEqualByComparingTo("160.00");
        assertThat(average(b.product().id())).isEqualByComparingTo("13.00"); // (100 + 160) / 20
        assertThat(valuation.stockValue().subtract(valueBefore)).isEqualByComparingTo("260.00");

        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), b.product(), 5);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        ShipmentView shipped = users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "5", "SF-COST-1"));
        assertThat(net("6401", shipped.number())).isEqualByComparingTo("65.00"); // 5 × 13.00, not 5 × 10.00
        assertThat(net("1405", shipped.number())).isEqualByComparingTo("-65.00");
        assertThat(moveLog.moves(
                                b.product().id(),
                                null,
                                MoveReason.SHIPMENT,
                                org.springframework.data.domain.Pageable.ofSize(5))
                        .getContent())
                .singleElement()
                .satisfies(m -> assertThat(m.quantity()).isEqualByComparingTo("-5"));

        // a count loss leaves at the average too
        users.runAs("warehouse", () -> inventory.adjust(b.product().id(), w, new BigDecimal("14"), "damaged"));
        assertThat(valuation.stockValue().subtract(valueBefore)).isEqualByComparingTo("182.00"); // 14 × 13.00
        assertThat(average(b.product().id())).isEqualByComparingTo("13.00");

        assertThat(valuation.violations()).isEmpty();
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }
}
