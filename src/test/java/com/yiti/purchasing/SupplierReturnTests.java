package com.yiti.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.finance.JournalEntryView;
import com.yiti.finance.LedgerManagement;
import com.yiti.finance.NewSupplierInvoice;
import com.yiti.finance.NewSupplierPayment;
import com.yiti.finance.PayablesViews;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.SupplierDebitNoteStatus;
import com.yiti.finance.SupplierDebitNoteView;
import com.yiti.finance.SupplierDebitNoting;
import com.yiti.finance.SupplierInvoiceStatus;
import com.yiti.finance.SupplierInvoiceView;
import com.yiti.finance.SupplierInvoicing;
import com.yiti.finance.SupplierPaymentManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.StockValuation;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Returns to the supplier (退货): from stock before and after the supplier invoiced, the debit note set off against
 * the supplier's invoices, a replacement received and invoiced again, the defect rate, and the ledger's invariants.
 */
@YitiTest
class SupplierReturnTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    SupplierReturns returns;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    SupplierManagement suppliers;

    @Autowired
    SupplierInvoicing invoicing;

    @Autowired
    SupplierPaymentManagement paying;

    @Autowired
    SupplierDebitNoting debitNotes;

    @Autowired
    PayablesViews views;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    StockValuation valuation;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    TestUsers users;

    ReceiptView sendBack(Bought b, String quantity, SupplierReturnReason reason, String as) {
        return users.runAs(
                as,
                () -> returns.returnGoods(new NewSupplierReturn(
                        b.po().id(), reason, false, "来料检验不合格", Map.of(b.lineId(), new BigDecimal(quantity)))));
    }

    SupplierInvoiceView invoice(Bought b, String reference, String quantity, String price) {
        return users.runAs(
                "finance",
                () -> invoicing.enter(new NewSupplierInvoice(
                        b.po().id(),
                        reference,
                        TODAY,
                        TODAY.plusDays(30),
                        List.of(new NewSupplierInvoice.Line(
                                b.lineId(),
                                new BigDecimal(quantity),
                                new BigDecimal(price),
                                new BigDecimal("0.13"))))));
    }

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

    void invariantsHold() {
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(valuation.violations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }

    @Test
    void goodsFoundDefectiveBeforeTheInvoiceGoBackAndTheInvoiceCoversWhatWasKept() {
        Bought b = purchases.ordered("10", "12.00");
        purchases.receive(b, "10");
        BigDecimal onHand =
                inventory.balance(b.product().id(), b.po().warehouseId()).onHand();

        ReceiptView back = sendBack(b, "3", SupplierReturnReason.DEFECTIVE, "warehouse");
        assertThat(back.number()).matches("RS-\\d{4}-\\d+");
        assertThat(back.isReturn()).isTrue();
        assertThat(back.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("-3"));
        assertThat(inventory.balance(b.product().id(), b.po().warehouseId()).onHand())
                .isEqualByComparingTo(onHand.subtract(new BigDecimal("3")));
        assertThat(net("2204", back.number())).isEqualByComparingTo("36.00"); // GRNI given back at 3 × 12.00
        assertThat(net("1405", back.number())).isEqualByComparingTo("-36.00");
        PurchaseOrderView po = users.runAs("purchasing", () -> purchasing.purchaseOrder(b.po().id()));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED); // a replacement can be received
        assertThat(po.lines().get(0).receivedQuantity()).isEqualByComparingTo("7");
        assertThat(po.lines().get(0).returnedQuantity()).isEqualByComparingTo("3");

        // the supplier invoices what we kept: matched, nothing owed on the returned goods, no debit note
        SupplierInvoiceView kept = invoice(b, "FP-K-" + b.po().number(), "7", "12.00");
        assertThat(kept.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        assertThat(users.runAs("finance", () -> debitNotes.ofPurchaseOrder(b.po().id())))
                .isEmpty();
        // invoicing the returned three too is more than was received and kept
        assertThat(invoice(b, "FP-X-" + b.po().number(), "3", "12.00").status()).isEqualTo(SupplierInvoiceStatus.HELD);

        // the defect rate counts what went back: 3 of the 10 received
        assertThat(suppliers.supplierQuality().get(b.supplierId()).ratePct()).isEqualByComparingTo("30.00");
        invariantsHold();
    }

    @Test
    void goodsReturnedAfterTheInvoiceGetADebitNoteSetOffAgainstWhatIsOwed() {
        Bought b = purchases.ordered("10", "12.00");
        purchases.receive(b, "10");
        SupplierInvoiceView invoiced = invoice(b, "FP-D-" + b.po().number(), "10", "12.10"); // within 1 %
        assertThat(invoiced.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        assertThat(invoiced.grossAmount()).isEqualByComparingTo("136.73");

        ReceiptView back = sendBack(b, "4", SupplierReturnReason.DAMAGED, "purchasing");
        List<SupplierDebitNoteView> notes = users.runAs("finance", () -> debitNotes.ofPurchaseOrder(b.po().id()));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.number()).matches("DN-\\d{4}-\\d+");
            assertThat(n.returnNumber()).isEqualTo(back.number());
            assertThat(n.netAmount()).isEqualByComparingTo("48.40"); // 4 × 12.10 as invoiced
            assertThat(n.taxAmount()).isEqualByComparingTo("6.29");
            assertThat(n.grossAmount()).isEqualByComparingTo("54.69");
            assertThat(n.grniAmount()).isEqualByComparingTo("48.00");
            assertThat(n.status()).isEqualTo(SupplierDebitNoteStatus.APPLIED); // set off against the open invoice
        });
        SupplierDebitNoteView note =
                users.runAs("finance", () -> debitNotes.debitNote(notes.get(0).id()));
        assertThat(note.applications())
                .singleElement()
                .satisfies(a -> assertThat(a.documentNumber()).isEqualTo(invoiced.number()));
        assertThat(users.runAs("finance", () -> views.invoice(invoiced.id())).open())
                .isEqualByComparingTo("82.04");
        assertThat(net("2202", note.number())).isEqualByComparingTo("54.69"); // payables debited
        assertThat(net("222101", note.number())).isEqualByComparingTo("-6.29"); // input VAT reversed
        assertThat(net("2204", note.number())).isEqualByComparingTo("-48.00");
        invariantsHold();

        // the replacement arrives and is invoiced again
        purchases.receive(b, "4");
        SupplierInvoiceView replacement = invoice(b, "FP-R-" + b.po().number(), "4", "12.00");
        assertThat(replacement.status()).isEqualTo(SupplierInvoiceStatus.OPEN);
        invariantsHold();
    }

    @Test
    void aDebitNoteForAPaidInvoiceIsACreditTakenOffTheNextInvoice() {
        Bought b = purchases.ordered("10", "10.00");
        purchases.receive(b, "5");
        SupplierInvoiceView first = invoice(b, "FP-P-" + b.po().number(), "5", "10.00");
        users.runAs(
                "finance",
                () -> paying.pay(new NewSupplierPayment(
                        b.supplierId(), TODAY, first.grossAmount(), PaymentMethod.BANK_TRANSFER, null, true, null)));
        assertThat(users.runAs("finance", () -> views.invoice(first.id())).status())
                .isEqualTo(SupplierInvoiceStatus.PAID);

        sendBack(b, "2", SupplierReturnReason.WRONG_ITEM, "warehouse");
        SupplierDebitNoteView credit = users.runAs("finance", () -> debitNotes.ofPurchaseOrder(b.po().id()))
                .get(0);
        assertThat(credit.status()).isEqualTo(SupplierDebitNoteStatus.OPEN);
        assertThat(credit.grossAmount()).isEqualByComparingTo("22.60");
        assertThat(users.runAs("finance", () -> views.aging()).rows().stream()
                        .filter(r -> r.supplierId() == b.supplierId())
                        .findFirst()
                        .orElseThrow()
                        .prepaid())
                .isEqualByComparingTo("22.60");
        invariantsHold();

        purchases.receive(b, "5");
        SupplierInvoiceView next = invoice(b, "FP-N-" + b.po().number(), "5", "10.00");
        assertThat(users.runAs("finance", () -> views.invoice(next.id())).open())
                .isEqualByComparingTo("33.90"); // 56.50 − 22.60
        assertThat(users.runAs("finance", () -> debitNotes.debitNote(credit.id()))
                        .status())
                .isEqualTo(SupplierDebitNoteStatus.APPLIED);
        assertThat(users.runAs("finance", () -> views.statement(b.supplierId(), TODAY, TODAY))
                        .closing())
                .isEqualByComparingTo("33.90");
        invariantsHold();
    }

    @Test
    void whatCannotGoBackIsRefusedAtItsFieldAndOnlyStockRolesReturn() {
        Bought b = purchases.ordered("5", "10.00");
        purchases.receive(b, "5");
        assertThatThrownBy(() -> sendBack(b, "6", SupplierReturnReason.DEFECTIVE, "warehouse"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("purchasing.returnTooMuch")
                .satisfies(e ->
                        assertThat(((BusinessRuleException) e).field()).isEqualTo("quantities[" + b.lineId() + "]"));
        assertThatThrownBy(() -> sendBack(b, "0", SupplierReturnReason.DEFECTIVE, "warehouse"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("purchasing.returnNothing");
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> returns.returnGoods(new NewSupplierReturn(
                                b.po().id(), null, false, null, Map.of(b.lineId(), BigDecimal.ONE)))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("field.required");
        // nothing of it sits in quarantine
        assertThatThrownBy(() -> users.runAs(
                        "warehouse",
                        () -> returns.returnGoods(new NewSupplierReturn(
                                b.po().id(),
                                SupplierReturnReason.DEFECTIVE,
                                true,
                                null,
                                Map.of(b.lineId(), BigDecimal.ONE)))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("purchasing.returnNotInStock");
        // stock reserved for customers' orders does not leave
        users.runAs(
                "warehouse",
                () -> inventory.reserve(b.product().id(), b.po().warehouseId(), new BigDecimal("5"), "held-order"));
        assertThatThrownBy(() -> sendBack(b, "1", SupplierReturnReason.SURPLUS, "warehouse"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("purchasing.returnNotInStock");
        assertThatThrownBy(() -> sendBack(b, "1", SupplierReturnReason.SURPLUS, "sales1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sendBack(b, "1", SupplierReturnReason.SURPLUS, "finance"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.runAs("purchasing", () -> purchasing.purchaseOrder(b.po().id()))
                        .lines()
                        .get(0)
                        .returnedQuantity())
                .isEqualByComparingTo("0");
        users.runAs("warehouse", () -> inventory.release("held-order"));
        invariantsHold();
    }
}
