package com.yiti.finance.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a customer paid for a collection plan's contract or order, in the plan's currency: deposits for it (a payment
 * recorded for the contract or for one of its orders, all of it, applied or not) and what other payments applied to
 * the invoices of its orders (allocations not taken back). Two indexed sums per plan.
 */
@Component
public class CollectionFigures {

    private static final List<Long> NONE = List.of(-1L);

    private final NamedParameterJdbcTemplate jdbc;

    CollectionFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public BigDecimal collected(String currency, Long contractId, Collection<Long> orderIds) {
        Map<String, Object> p = Map.of(
                "currency", currency,
                "contract", contractId == null ? -1L : contractId,
                "orders", orderIds.isEmpty() ? NONE : orderIds);
        BigDecimal deposits = jdbc.queryForObject(
                "select coalesce(sum(p.amount), 0) from fin_payment p where p.currency = :currency"
                        + " and (p.contract_id = :contract or p.order_id in (:orders))",
                p,
                BigDecimal.class);
        if (orderIds.isEmpty()) {
            return deposits;
        }
        BigDecimal applied = jdbc.queryForObject(
                "select coalesce(sum(a.amount), 0) from fin_invoice i"
                        + " join fin_allocation a on a.invoice_id = i.id and a.reversed_at is null"
                        + " join fin_payment p on p.id = a.payment_id"
                        + " where i.order_id in (:orders) and p.currency = :currency"
                        + " and coalesce(p.contract_id, -1) <> :contract"
                        + " and (p.order_id is null or p.order_id not in (:orders))",
                p,
                BigDecimal.class);
        return deposits.add(applied);
    }
}
