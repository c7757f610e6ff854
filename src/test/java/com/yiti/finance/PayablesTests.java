package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.purchasing.ReceiptView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Procure to pay: supplier invoices matched three ways against the purchase order and its receipts, held and
 * released, posted to payables against goods received not invoiced, paid, aged; the ledger's invariants after it.
 */
@YitiTest
class PayablesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    SupplierInvoicing invoicing;

    @Autowired
    SupplierPaymentManagement paying;

    @Autowired
    PayablesViews views;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    TaskManagement tasks;

    @Autowired
    TestUsers users;

    SupplierInvoiceView enter(
            Bought b, String reference, String quantity, String price, LocalDate date, LocalDate due) {
        return users.runAs(
                "finance",
                () -> invoicing.enter(new NewSupplierInvoice(
                        b.po().id(),
                        reference,
                        date,
                        due,
                        List.of(new NewSupplierInvoice.Line(
                                b.lineId(),
                                new BigDecimal(quantity),
                                new BigDecimal(price),
                                new BigDecimal("0.13"))))));
    }

    /** Debits minus credits on one account over the entries of these documents. */
    BigDecimal net(String accountCode, String... documents) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String d : documents) {
            for (JournalEntryView e : users.runAs("finance", () -> ledger.entriesOf(d))) {
                for (JournalEntryView.Line l : e.lines()) {
                    if (l.accountCode().equals(accountCode)) {
                        sum = sum.add(l.debit()).subtract(l.credit());
                    }
                }
            }
        }
        return sum;
    }

    boolean purchasingHasTask(SupplierInvoiceView invoice) {
        return users
                .runAs(
                        "purchasing",
                        () -> tasks.inbox(users.current("purchasing"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                .getContent()
                .stream()
                .anyMatch(t -> t.titleKey().equals("payables.task.held")
                        && t.link().equals("/finance/supplier-invoices/" + invoice.id()));
    }

    @Test
    void invoicesAreMatchedHeldReleasedPaidAndAgedWithTheLedgerInStep() {
        Bought b = purchases.ordered("10", "12.00");
        ReceiptView first = purchases.receive(b, "6");

        // matched: 6 × 12.00 posts at once; goods received at the ordered price (6 × 12.00) cleared, no variance
        SupplierInvoiceView a =
                enter(b, "FP-A-" + b.po().number(), "6", "12.00", TODAY.minusDays(40), TODAY.minusDays(10));
        assertThat(a.number()).matches("AP-\\d{4}-\\d{6}");
        assertThat(a.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        assertThat(a.grossAmount()).isEqualByComparingTo("81.36");
        assertThat(a.grniAmount()).isEqualByComparingTo("72.00");
        assertThat(a.varianceAmount()).isEqualByComparingTo("0.00");
        assertThat(net("2204", first.number(), a.number())).isEqualByComparingTo("0"); // GRNI cleared
        assertThat(net("222101", a.number())).isEqualByComparingTo("9.36"); // input VAT
        assertThat(net("1404", a.number())).isEqualByComparingTo("0");
        assertThat(net("2202", a.number())).isEqualByComparingTo("-81.36"); // payables credited

        // the same supplier invoice number twice is refused
        assertThatThrownBy(() -> enter(b, a.supplierReference(), "1", "12.00", TODAY, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.referenceTaken");

        // more than was received and not yet invoiced: held; accepting it is refused; a later receipt is not enough
        SupplierInvoiceView over = enter(b, "FP-B-" + b.po().number(), "5", "12.00", TODAY, TODAY.plusDays(30));
        assertThat(over.status()).isEqualTo(SupplierInvoiceStatus.HELD);
        assertThat(over.lines().get(0).matchResult()).isEqualTo(MatchResult.QUANTITY);
        assertThat(purchasingHasTask(over)).isTrue();
        assertThatThrownBy(() -> users.runAs("purchasing", () -> invoicing.release(over.id(), "ok")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.quantityNotReceived");
        ReceiptView second = purchases.receive(b, "4");
        assertThat(users.runAs("finance", () -> invoicing.recheck(over.id())).status())
                .isEqualTo(SupplierInvoiceStatus.HELD);
        assertThat(users.runAs("finance", () -> invoicing.cancel(over.id())).status())
                .isEqualTo(SupplierInvoiceStatus.CANCELLED);
        assertThat(purchasingHasTask(over)).isFalse();

        // 4 at 12.50 (4 % over the order's price, tolerance 1 %): held on price, PURCHASING accepts, it posts
        SupplierInvoiceView c = enter(b, "FP-C-" + b.po().number(), "4", "12.50", TODAY, TODAY.plusDays(3));
        assertThat(c.status()).isEqualTo(SupplierInvoiceStatus.HELD);
        assertThat(c.lines().get(0).matchResult()).isEqualTo(MatchResult.PRICE);
        assertThat(c.lines().get(0).priceDifference()).isEqualByComparingTo("0.50");
        assertThatThrownBy(() -> users.runAs("finance", () -> invoicing.release(c.id(), "ok")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("purchasing", () -> invoicing.release(c.id(), " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.releaseNoteRequired");
        SupplierInvoiceView released =
                users.runAs("purchasing", () -> invoicing.release(c.id(), "钢材涨价，供应商已通知 / steel price rise"));
        assertThat(released.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        assertThat(released.releasedBy()).isEqualTo("purchasing");
        assertThat(released.grossAmount()).isEqualByComparingTo("56.50");
        assertThat(released.varianceAmount()).isEqualByComparingTo("2.00"); // 4 × 0.50 over the ordered price
        assertThat(net("1404", c.number())).isEqualByComparingTo("2.00");
        assertThat(net("2204", first.number(), second.number(), a.number(), c.number()))
                .isEqualByComparingTo("0"); // all received, all invoiced: nothing left in GRNI for this order
        assertThat(purchasingHasTask(released)).isFalse();

        // pay 100.00 oldest due first: A (overdue) settled, C partly
        SupplierPaymentView p1 = users.runAs(
                "finance",
                () -> paying.pay(new NewSupplierPayment(
                        b.supplierId(),
                        TODAY,
                        new BigDecimal("100.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "网银",
                        true,
                        null)));
        assertThat(p1.number()).matches("SP-\\d{4}-\\d{6}");
        assertThat(p1.allocations())
                .extracting(SupplierAllocationView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("81.36"), new BigDecimal("18.64"));
        assertThat(users.runAs("finance", () -> views.invoice(a.id())).status()).isEqualTo(SupplierInvoiceStatus.PAID);
        assertThat(users.runAs("finance", () -> views.invoice(c.id())).open()).isEqualByComparingTo("37.86");
        assertThat(net("2202", p1.number())).isEqualByComparingTo("100.00");
        assertThat(net("1002", p1.number())).isEqualByComparingTo("-100.00");

        // a prepayment: nothing allocated, the aging shows it against what is owed
        SupplierPaymentView p2 = users.runAs(
                "finance",
                () -> paying.pay(new NewSupplierPayment(
                        b.supplierId(),
                        TODAY,
                        new BigDecimal("50.00"),
                        PaymentMethod.BANK_TRANSFER,
                        null,
                        false,
                        null)));
        assertThat(p2.unallocated()).isEqualByComparingTo("50.00");
        PayablesAging.Row row = users.runAs("finance", () -> views.aging()).rows().stream()
                .filter(r -> r.supplierId() == b.supplierId())
                .findFirst()
                .orElseThrow();
        assertThat(row.notDue()).isEqualByComparingTo("37.86");
        assertThat(row.prepaid()).isEqualByComparingTo("50.00");
        assertThat(row.balance()).isEqualByComparingTo("-12.14");
        assertThat(users.runAs("finance", () -> views.dueThisWeek()))
                .extracting(SupplierInvoiceView::id)
                .contains(c.id())
                .doesNotContain(a.id());

        // the prepayment settles the rest once allocated
        assertThatThrownBy(() ->
                        users.runAs("finance", () -> paying.allocate(p2.id(), Map.of(c.id(), new BigDecimal("40.00")))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.allocationOverOpen");
        SupplierPaymentView allocated = users.runAs("finance", () -> paying.allocate(p2.id(), Map.of()));
        assertThat(allocated.unallocated()).isEqualByComparingTo("12.14");
        assertThat(users.runAs("finance", () -> views.invoice(c.id())).status()).isEqualTo(SupplierInvoiceStatus.PAID);

        // the supplier's statement: 81.36 + 56.50 invoiced, 150.00 paid, 12.14 paid in advance
        SupplierStatement statement =
                users.runAs("finance", () -> views.statement(b.supplierId(), TODAY.minusDays(60), TODAY));
        assertThat(statement.opening()).isEqualByComparingTo("0");
        assertThat(statement.entries()).hasSize(4);
        assertThat(statement.closing()).isEqualByComparingTo("-12.14");
        assertThat(users.runAs("finance", () -> views.statement(b.supplierId(), TODAY, TODAY))
                        .opening())
                .isEqualByComparingTo("81.36"); // A invoiced 40 days ago, before the period

        assertThat(ledger.violations()).isEmpty();
    }

    @Test
    void onlyTheRightRolesEnterReleaseAndPayAndBadInputIsRefusedAtItsField() {
        Bought b = purchases.ordered("3", "10.00");
        purchases.receive(b, "3");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> invoicing.enter(new NewSupplierInvoice(b.po().id(), "X", TODAY, TODAY, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("purchasing", () -> views.aging()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "purchasing",
                        () -> paying.pay(new NewSupplierPayment(
                                b.supplierId(), TODAY, BigDecimal.TEN, PaymentMethod.CASH, null, true, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enter(b, "D-1", "1", "10.00", TODAY, TODAY.minusDays(1)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> enter(b, "D-2", "1", "10.00", TODAY.plusDays(1), TODAY.plusDays(2)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.invoiceDateInFuture");
        assertThatThrownBy(() -> enter(b, "D-3", "1", "10.12345", TODAY, TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("lines[0].unitPrice"));
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> invoicing.enter(new NewSupplierInvoice(
                                b.po().id(),
                                "D-4",
                                TODAY,
                                TODAY,
                                List.of(new NewSupplierInvoice.Line(
                                        b.lineId(), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.07")))))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.taxRateUnknown");
        // a purchaser may see the held invoice it must resolve
        SupplierInvoiceView held = enter(b, "D-5", "3", "11.00", TODAY, TODAY.plusDays(30));
        assertThat(users.runAs("purchasing", () -> views.invoice(held.id())).held())
                .isTrue();
        // tolerances: ADMIN only, within range
        PayablesTolerances t = invoicing.tolerances();
        assertThatThrownBy(() -> users.runAs(
                        "finance", () -> invoicing.changeTolerances(BigDecimal.TEN, BigDecimal.ZERO, t.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "admin", () -> invoicing.changeTolerances(new BigDecimal("60"), BigDecimal.ZERO, t.version())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payables.toleranceRange");
    }

    @Test
    void twoInvoicesForTheSameReceivedGoodsAtOnceClaimThemOnce() throws Exception {
        Bought b = purchases.ordered("10", "10.00");
        purchases.receive(b, "10");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SupplierInvoiceView>> results = new ArrayList<>();
        for (String ref : List.of("RACE-1-" + b.po().number(), "RACE-2-" + b.po().number())) {
            results.add(pool.submit(() -> {
                start.await();
                return enter(b, ref, "10", "10.00", TODAY, TODAY.plusDays(30));
            }));
        }
        start.countDown();
        List<SupplierInvoiceStatus> statuses = new ArrayList<>();
        for (Future<SupplierInvoiceView> f : results) {
            statuses.add(f.get(60, TimeUnit.SECONDS).status());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(SupplierInvoiceStatus.OPEN, SupplierInvoiceStatus.HELD);
        assertThat(ledger.violations()).isEmpty();
    }
}
