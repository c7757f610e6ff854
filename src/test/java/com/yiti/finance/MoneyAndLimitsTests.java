package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationManagement;
import com.yiti.order.ShipmentView;
import com.yiti.platform.TaskManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What outside testers found about money and limits: services never billed, credit-hold tasks left open, stock counts
 * missing from the journal, costs shown to reps, freed stock not offered to waiting orders, foreign-currency customers
 * booked in CNY. Each test failed before its fix.
 */
@YitiTest
class MoneyAndLimitsTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    OrderManagement orders;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.StockValuation valuation;

    @Autowired
    TaskManagement tasks;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    List<InvoiceView> invoicesOf(long orderId) {
        return users.runAs(
                "finance",
                () -> receivables
                        .invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 20))
                        .getContent());
    }

    OrderView order(long id) {
        return users.runAs("sales1", () -> orders.get(id));
    }

    void payInFull(long customerId, BigDecimal amount) {
        users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customerId, TODAY, amount, PaymentMethod.BANK_TRANSFER, "T-" + customerId, true, Map.of())));
    }

    // ---- 1. services are billed ----------------------------------------------------------------------------------

    @Test
    void aServiceLineIsInvoicedWithTheShipmentThatCompletesTheGoods() {
        ProductView goods = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        ProductView installation = fixtures.product(ProductType.SERVICE, "50.00", 0, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), goods, 2, installation, 1);
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        long goodsLine = draft.lines().stream()
                .filter(l -> l.productId() == goods.id())
                .findFirst()
                .orElseThrow()
                .id();

        ShipmentView first = users.runAs("warehouse", () -> fixtures.ship(draft.id(), goodsLine, "1", "SF-1"));
        assertThat(first.lines()).as("a partial shipment carries goods only").hasSize(1);
        ShipmentView last = users.runAs("warehouse", () -> fixtures.ship(draft.id(), goodsLine, "1", "SF-2"));
        assertThat(last.lines())
                .as("the shipment completing the goods delivers the service")
                .extracting(ShipmentView.Line::productId)
                .containsExactlyInAnyOrder(goods.id(), installation.id());

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> invoicesOf(draft.id()).size() == 2);
        BigDecimal invoiced =
                invoicesOf(draft.id()).stream().map(InvoiceView::grossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoiced).as("everything sold is billed").isEqualByComparingTo(draft.grossTotal());

        users.runAs("warehouse", () -> fulfilment.markDelivered(first.id(), first.version(), TODAY));
        users.runAs("warehouse", () -> fulfilment.markDelivered(last.id(), last.version(), TODAY));
        payInFull(customer.id(), draft.grossTotal());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> order(draft.id()).status() == OrderStatus.CLOSED);
    }

    @Test
    void anOrderOfServicesOnlyIsCompletedByItsRepInvoicedAndCloses() {
        ProductView training = fixtures.product(ProductType.SERVICE, "800.00", 0, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), training, 2);
        OrderView confirmed = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThat(confirmed.servicesToComplete()).isTrue();
        assertThat(users.runAs("finance", () -> position.exposure(customer.id()))
                        .openOrders())
                .isEqualByComparingTo(draft.grossTotal());

        assertThatThrownBy(() -> users.runAs("sales2", () -> fulfilment.completeServices(draft.id())))
                .as("another rep's order")
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        ShipmentView done = users.runAs("sales1", () -> fulfilment.completeServices(draft.id()));
        assertThat(done.lines())
                .singleElement()
                .extracting(ShipmentView.Line::productId)
                .isEqualTo(training.id());
        assertThat(order(draft.id()).status()).isEqualTo(OrderStatus.DELIVERED);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> invoicesOf(draft.id()).size() == 1);
        assertThat(invoicesOf(draft.id()).get(0).grossTotal()).isEqualByComparingTo(draft.grossTotal());
        payInFull(customer.id(), draft.grossTotal());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> order(draft.id()).status() == OrderStatus.CLOSED);
        assertThat(users.runAs("finance", () -> position.exposure(customer.id()))
                        .total())
                .isZero();
    }

    @Test
    void servicesOfAnOrderWithGoodsToShipAreNotCompletedApart() {
        ProductView goods = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        ProductView installation = fixtures.product(ProductType.SERVICE, "50.00", 0, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), goods, 2, installation, 1);
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThatThrownBy(() -> users.runAs("sales1", () -> fulfilment.completeServices(draft.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("shipment.servicesWithGoods");
        long serviceLine = draft.lines().stream()
                .filter(l -> l.productId() == installation.id())
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> users.runAs("warehouse", () -> fixtures.ship(draft.id(), serviceLine, "1", "X")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("shipment.serviceNotShipped");
    }

    // ---- 3. credit-hold tasks close with their order --------------------------------------------------------------

    boolean holdTaskOpen(long orderId) {
        return tasks.openRecordRefs(FinanceCreditCheck.HOLD_RULE).contains(FinanceCreditCheck.holdRef(orderId));
    }

    CustomerView customerWithLimit(String limit) {
        CustomerView c = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(c.id(), new BigDecimal(limit), 30);
            return null;
        });
        return c;
    }

    @Test
    void theCreditHoldTaskClosesWhenTheHeldOrderIsCancelled() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "600.00", 3, "10");
        CustomerView customer = customerWithLimit("100");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 1);
        assertThat(users.runAs("sales1", () -> orders.confirm(draft.id(), null)).status())
                .isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(holdTaskOpen(draft.id())).isTrue();
        users.runAs("sales1", () -> orders.cancel(draft.id(), "customer withdrew"));
        assertThat(holdTaskOpen(draft.id()))
                .as("nothing left for finance to decide")
                .isFalse();
    }

    @Test
    void theCreditHoldTaskClosesWhenTheOrderPassesOnReconfirmation() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "600.00", 3, "10");
        CustomerView customer = customerWithLimit("100");
        OrderView draft = fixtures.draft("sales1", customer.id(), p, 1);
        users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThat(holdTaskOpen(draft.id())).isTrue();
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(customer.id(), new BigDecimal("10000"), 30);
            return null;
        });
        assertThat(users.runAs("sales1", () -> orders.confirm(draft.id(), null)).status())
                .isEqualTo(OrderStatus.CONFIRMED);
        assertThat(holdTaskOpen(draft.id())).isFalse();
    }

    // ---- 4. counts in the journal, costs hidden from reps --------------------------------------------------------

    BigDecimal inventoryAccount() {
        return users.runAs("finance", () -> ledger.trialBalance(TODAY.minusYears(50), TODAY)).stream()
                .filter(r -> r.code().equals("1405"))
                .findFirst()
                .orElseThrow()
                .balance();
    }

    @Test
    void aStockCountPostsItsDifferenceSoTheInventoryAccountFollowsTheStock() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "40.00", 3, "0"); // standard cost 10
        BigDecimal accountBefore = inventoryAccount();
        BigDecimal stockBefore = valuation.stockValue();

        users.runAs("warehouse", () -> inventory.adjust(p.id(), fixtures.warehouse(), new BigDecimal("7"), "opening"));
        users.runAs("warehouse", () -> inventory.adjust(p.id(), fixtures.warehouse(), new BigDecimal("5"), "broken"));

        List<JournalEntryView> entries = users.runAs("finance", () -> ledger.entriesOf(p.sku()));
        assertThat(entries).hasSize(2).allMatch(e -> e.documentType() == DocumentType.STOCK_COUNT);
        assertThat(entries).allMatch(e -> e.debits().compareTo(e.credits()) == 0);
        assertThat(inventoryAccount().subtract(accountBefore))
                .as("the inventory account moved with the stock value")
                .isEqualByComparingTo(valuation.stockValue().subtract(stockBefore))
                .isEqualByComparingTo("50.00");
    }

    @Test
    void salesRepsNeverSeeStandardCost() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "40.00", 3, "0");
        assertThat(users.runAs("sales1", () -> inventory.product(p.id())).standardCost())
                .isNull();
        assertThat(users.runAs("sales1", () -> inventory.product(p.id())).listPrice())
                .isNotNull();
        assertThat(users.runAs("purchasing", () -> inventory.product(p.id())).standardCost())
                .isNotNull();
        mvc.perform(get("/api/v1/products/" + p.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardCost").doesNotExist());
        String page = mvc.perform(get("/products/" + p.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("name=\"standardCost\"");
    }

    // ---- 5. freed stock goes to waiting orders -------------------------------------------------------------------

    BigDecimal reserved(long orderId) {
        return order(orderId).lines().get(0).reservedQuantity();
    }

    @Test
    void stockReleasedByACancellationGoesToOrdersWaitingForIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 5, "5");
        CustomerView customer = crm.customerOf("sales1");
        OrderView first = fixtures.draft("sales1", customer.id(), p, 5);
        OrderView waiting = fixtures.draft("sales1", customer.id(), p, 3);
        users.runAs("sales1", () -> orders.confirm(first.id(), null));
        users.runAs("sales1", () -> orders.confirm(waiting.id(), null));
        assertThat(reserved(waiting.id())).isZero();

        users.runAs("sales1", () -> orders.cancel(first.id(), "customer withdrew"));
        assertThat(reserved(first.id())).isZero();
        assertThat(reserved(waiting.id())).isEqualByComparingTo("3");
        assertThat(inventory.balance(p.id(), fixtures.warehouse()).reserved()).isEqualByComparingTo("3");
    }

    @Test
    void stockFoundByACountGoesToOrdersWaitingForIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "10.00", 5, "0");
        CustomerView customer = crm.customerOf("sales1");
        OrderView waiting = fixtures.draft("sales1", customer.id(), p, 4);
        users.runAs("sales1", () -> orders.confirm(waiting.id(), null));
        assertThat(reserved(waiting.id())).isZero();

        users.runAs("warehouse", () -> inventory.adjust(p.id(), fixtures.warehouse(), new BigDecimal("6"), "found"));
        assertThat(reserved(waiting.id())).isEqualByComparingTo("4");
    }
}
