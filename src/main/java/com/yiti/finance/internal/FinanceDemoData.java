package com.yiti.finance.internal;

import com.yiti.finance.InvoiceStatus;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.ShipmentView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo receivables on top of the demo shipments: their invoices, one paid in full (its delivered order closes), one
 * partly paid, one overdue for 40 days (a FINANCE task, a warning on the customer page, the 31–60 aging bucket).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class FinanceDemoData implements ApplicationRunner {

    private final Invoices invoices;
    private final Payments payments;
    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final com.yiti.finance.CreditControl creditControl;
    private final FulfilmentManagement fulfilment;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final OpenByDueDate dues;

    FinanceDemoData(
            Invoices invoices,
            Payments payments,
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            com.yiti.finance.CreditControl creditControl,
            FulfilmentManagement fulfilment,
            TransactionTemplate tx,
            Clock clock,
            OpenByDueDate dues) {
        this.dues = dues;
        this.invoices = invoices;
        this.payments = payments;
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
        this.creditControl = creditControl;
        this.fulfilment = fulfilment;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (payments.count() > 0) {
            return;
        }
        List<ShipmentView> shipments = SystemActor.runAs(
                        "admin",
                        Role.ADMIN,
                        () -> fulfilment
                                .shipments(null, null, PageRequest.of(0, 50))
                                .getContent())
                .stream()
                .sorted(Comparator.comparing(ShipmentView::id))
                .toList();
        if (shipments.size() < 3) {
            return;
        }
        // the invoices are made after commit by the event listener; make sure they exist before paying them
        DemoInvoicing.invoiceNow(receivables, shipments);
        List<Invoice> list = invoices.findAll().stream()
                .sorted(Comparator.comparing(Invoice::getId))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        SystemActor.runAs("finance", Role.FINANCE, () -> {
            Invoice paidInFull = list.get(0);
            paymentManagement.recordPayment(new NewPayment(
                    paidInFull.getCustomerId(),
                    today,
                    paidInFull.getGrossTotal(),
                    PaymentMethod.BANK_TRANSFER,
                    "招商银行 0301",
                    true,
                    Map.of()));
            Invoice partly = list.get(1);
            paymentManagement.recordPayment(new NewPayment(
                    partly.getCustomerId(),
                    today,
                    partly.getGrossTotal().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN),
                    PaymentMethod.BANK_TRANSFER,
                    "工商银行 7781",
                    true,
                    Map.of()));
            return null;
        });
        Invoice overdue = list.get(list.size() - 1);
        tx.executeWithoutResult(status -> invoices.findById(overdue.getId())
                .filter(i -> i.getStatus() == InvoiceStatus.ISSUED)
                .ifPresent(i -> {
                    dues.changed(i.getDueDate(), i.getBookOpen().negate());
                    i.backdate(today.minusDays(40));
                    dues.changed(i.getDueDate(), i.getBookOpen());
                }));
        creditControl.refreshOverdueTasks();
    }
}
