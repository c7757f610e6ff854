package com.yiti.finance;

import com.yiti.currency.ExchangeRateManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A document's lines in CNY at its rate (decision 046): each line's net and VAT rounded to the fen, their sums the
 * revenue and VAT the journal books and the receivable their total, so that the revenue figures per line
 * (dashboards, margins) add up to the journal. In CNY (rate 1) the lines' own amounts.
 */
record BookedLines(List<BigDecimal> nets, List<BigDecimal> taxes, BigDecimal net, BigDecimal tax) {

    static <T> BookedLines of(
            List<T> lines, Function<T, BigDecimal> net, Function<T, BigDecimal> tax, BigDecimal rate) {
        List<BigDecimal> nets = lines.stream()
                .map(l -> ExchangeRateManagement.toBook(net.apply(l), rate))
                .toList();
        List<BigDecimal> taxes = lines.stream()
                .map(l -> ExchangeRateManagement.toBook(tax.apply(l), rate))
                .toList();
        return new BookedLines(
                nets,
                taxes,
                nets.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                taxes.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    BigDecimal gross() {
        return net.add(tax);
    }

    /** Revenue lines in CNY as booked: the document's lines (product, quantity, cost) with their booked amounts. */
    static <T> List<RevenueLine> revenueLines(List<T> lines, BookedLines booked, Function<T, RevenueLine> line) {
        List<RevenueLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RevenueLine r = line.apply(lines.get(i));
            out.add(new RevenueLine(
                    r.productId(),
                    r.quantity(),
                    booked.nets().get(i),
                    booked.taxes().get(i),
                    r.cost()));
        }
        return out;
    }
}
