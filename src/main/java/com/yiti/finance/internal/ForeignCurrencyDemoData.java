package com.yiti.finance.internal;

import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.PaymentView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.LineView;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentData;
import com.yiti.order.ShipmentView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A customer billed in US dollars (sales1's "Pacific Automation Supply"): an advance received three days ago at that
 * day's rate, an order priced from the CNY list at today's rate, shipped and invoiced in USD with the journal in CNY,
 * and the advance applied to the invoice with the exchange difference booked (6603). Runs once.
 */
@Component
@Order(56)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class ForeignCurrencyDemoData implements ApplicationRunner {

    static final String NAME = "Pacific Automation Supply Inc. 太平洋自动化供应";

    private final Invoices invoices;
    private final com.yiti.customer.CustomerManagement customers;
    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final OrderManagement orders;
    private final FulfilmentManagement fulfilment;
    private final InventoryManagement inventory;
    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement payments;
    private final com.yiti.currency.ExchangeRateManagement rates;
    private final Clock clock;

    ForeignCurrencyDemoData(
            Invoices invoices,
            com.yiti.customer.CustomerManagement customers,
            com.yiti.customer.CreditTermsManagement creditTerms,
            OrderManagement orders,
            FulfilmentManagement fulfilment,
            InventoryManagement inventory,
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement payments,
            com.yiti.currency.ExchangeRateManagement rates,
            Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.creditTerms = creditTerms;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.inventory = inventory;
        this.receivables = receivables;
        this.payments = payments;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        LocalDate advanceDay = today.minusDays(3);
        if (invoices.existsByCurrency("USD")
                || inventory.warehouses().isEmpty()
                || rates.rateOn("USD", today).isEmpty()
                || rates.rateOn("USD", advanceDay).isEmpty()) {
            return;
        }
        Map<String, ProductView> products = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () ->
                        inventory
                                .products(new ProductFilter(null, null, true), PageRequest.of(0, 500))
                                .getContent()
                                .stream()
                                .collect(Collectors.toMap(ProductView::sku, p -> p)));
        if (!products.containsKey("BRG-108") || !products.containsKey("SEN-300")) {
            return; // not the standard demo catalogue
        }
        long sh01 = inventory.warehouses().get(0).id();
        CustomerView customer = SystemActor.runAs(
                "sales1",
                Role.SALES_REP,
                () -> customers.create(
                        new CustomerData(
                                NAME,
                                null,
                                "设备分销 Equipment distribution",
                                null,
                                "海外 Overseas",
                                "1200 Harbor Blvd, Long Beach, CA 90802, USA",
                                null,
                                null,
                                "USD,出口",
                                30,
                                "USD",
                                CustomerStatus.ACTIVE),
                        true));
        SystemActor.runAs("finance", Role.FINANCE, () -> {
            creditTerms.changeCreditTerms(customer.id(), new BigDecimal("200000.00"), 30);
            // the customer wired an advance three days ago: customer credit at that day's rate
            return payments.recordPayment(new NewPayment(
                    customer.id(),
                    advanceDay,
                    new BigDecimal("800.00"),
                    PaymentMethod.BANK_TRANSFER,
                    "中国银行 TT 0415 (USD)",
                    false,
                    Map.of()));
        });
        OrderView order = SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            OrderView draft = orders.create(new OrderData(customer.id(), sh01, "PO-PAS-7781", "FOB Shanghai", null));
            draft = orders.addLine(
                    draft.id(),
                    draft.version(),
                    new LineData(products.get("BRG-108").id(), new BigDecimal("8"), null, null));
            draft = orders.addLine(
                    draft.id(),
                    draft.version(),
                    new LineData(products.get("SEN-300").id(), new BigDecimal("4"), null, null));
            return orders.confirm(draft.id(), null);
        });
        Map<Long, BigDecimal> reserved = order.lines().stream()
                .filter(l -> l.reservedQuantity().signum() > 0)
                .collect(Collectors.toMap(LineView::id, LineView::reservedQuantity));
        if (reserved.isEmpty()) {
            return;
        }
        ShipmentView shipment = SystemActor.runAs(
                "warehouse",
                Role.WAREHOUSE,
                () -> fulfilment.ship(order.id(), new ShipmentData(reserved, "中远海运 COSCO", "COSU6281190450")));
        DemoInvoicing.invoiceNow(receivables, List.of(shipment));
        // the advance is applied to the invoice: at the advance's rate against the invoice's, the difference booked
        SystemActor.runAs("finance", Role.FINANCE, () -> {
            for (PaymentView p :
                    payments.payments(customer.id(), PageRequest.of(0, 20)).getContent()) {
                if (p.unallocated().signum() > 0) {
                    payments.allocate(p.id(), Map.of());
                }
            }
            return null;
        });
    }
}
