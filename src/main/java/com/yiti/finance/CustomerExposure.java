package com.yiti.finance;

import com.yiti.currency.ExchangeRateManagement;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.Payments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A customer's exposure in CNY at today's rate, whatever currency its documents are in: open invoices, orders still
 * to ship or invoice, money received not yet applied, and what is overdue. The credit check and the customer's
 * exposure read it; a missing rate for one of its currencies is said as such (FINANCE enters it).
 */
@Component
class CustomerExposure {

    record Figures(BigDecimal openInvoices, BigDecimal openOrders, BigDecimal credit, BigDecimal overdue) {

        BigDecimal exposure() {
            return openInvoices.add(openOrders).subtract(credit);
        }
    }

    private final Invoices invoices;
    private final Payments payments;
    private final com.yiti.order.OrderFactsReader orders;
    private final ExchangeRateManagement rates;
    private final Clock clock;

    CustomerExposure(
            Invoices invoices,
            Payments payments,
            com.yiti.order.OrderFactsReader orders,
            ExchangeRateManagement rates,
            Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.orders = orders;
        this.rates = rates;
        this.clock = clock;
    }

    Figures of(long customerId, boolean withOverdue) {
        LocalDate today = LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
        Converter cny = at(today);
        BigDecimal open = cny.sum(invoices.openByCurrency(customerId, ReceivablesManagement.OPEN));
        BigDecimal credit = cny.sum(payments.creditByCurrency(customerId));
        BigDecimal ordered = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e :
                orders.openOrderValues(customerId).entrySet()) {
            ordered = ordered.add(cny.of(e.getValue(), e.getKey()));
        }
        BigDecimal overdue = BigDecimal.ZERO;
        if (withOverdue) {
            for (Invoice i : invoices.openOf(customerId, ReceivablesManagement.OPEN)) {
                if (i.getDueDate().isBefore(today)) {
                    overdue = overdue.add(cny.of(i.open(), i.getCurrency()));
                }
            }
        }
        return new Figures(open, ordered, credit, overdue);
    }

    /** An amount of a document in CNY at a day's rate. */
    BigDecimal toCny(BigDecimal amount, String currency, LocalDate day) {
        return at(day).of(amount, currency);
    }

    /** Conversion at one day's rates, each currency's rate read once. */
    Converter at(LocalDate day) {
        return new Converter(day);
    }

    final class Converter {

        private final LocalDate day;
        private final Map<String, BigDecimal> rateOf = new java.util.HashMap<>();

        private Converter(LocalDate day) {
            this.day = day;
        }

        /** The amount in CNY; a currency without a rate that day is said at the customer field. */
        BigDecimal of(BigDecimal amount, String currency) {
            if (amount.signum() == 0 || ExchangeRateManagement.BOOK_CURRENCY.equals(currency)) {
                return amount;
            }
            BigDecimal rate = rateOf.computeIfAbsent(currency, c -> rates.rate(c, day, "customerId"));
            return ExchangeRateManagement.toBook(amount, rate);
        }

        /** Rows of currency and amount, summed in CNY. */
        BigDecimal sum(List<Object[]> byCurrency) {
            BigDecimal total = BigDecimal.ZERO;
            for (Object[] r : byCurrency) {
                total = total.add(of(new BigDecimal(r[1].toString()), (String) r[0]));
            }
            return total.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
