package com.yiti.order;

import com.yiti.inventory.ProductView;
import com.yiti.platform.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The margin of a quotation's lines and of the whole, for SALES_MANAGER and MANAGER only (reps never see cost): each
 * line's net in CNY (at the quotation's rate) against its quantity at the product's standard cost. A product without
 * a standard cost has no margin (and leaves the total's out).
 */
@Service
@Transactional(readOnly = true)
public class QuotationMargins {

    /** Net in CNY, cost, margin and margin % of the net; cost, margin and % null when the cost is unknown. */
    public record Margin(BigDecimal net, BigDecimal cost, BigDecimal margin, BigDecimal pct) {

        static Margin of(BigDecimal net, BigDecimal cost) {
            if (cost == null) {
                return new Margin(net, null, null, null);
            }
            BigDecimal margin = net.subtract(cost);
            BigDecimal pct = net.signum() == 0
                    ? null
                    : margin.multiply(BigDecimal.valueOf(100)).divide(net, 1, RoundingMode.HALF_UP);
            return new Margin(net, cost, margin, pct);
        }
    }

    /** Per line id, and the total of the lines whose cost is known. */
    public record Margins(Map<Long, Margin> lines, Margin total, boolean complete) {}

    private final QuotationManagement quotations;
    private final OrderSupport support;

    QuotationMargins(QuotationManagement quotations, OrderSupport support) {
        this.quotations = quotations;
        this.support = support;
    }

    /** Whether the signed-in user may see margins. */
    public boolean visible() {
        return support.directory
                .current()
                .map(u -> u.hasRole(Role.SALES_MANAGER) || u.hasRole(Role.MANAGER))
                .orElse(false);
    }

    @PreAuthorize("hasAnyRole('SALES_MANAGER', 'MANAGER')")
    public Margins of(long quotationId) {
        QuotationView q = quotations.get(quotationId);
        List<LineView> lines = q.lines();
        Map<Long, ProductView> products =
                support.products(lines.stream().map(LineView::productId).collect(Collectors.toSet()));
        Map<Long, Margin> out = new LinkedHashMap<>();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        boolean complete = true;
        for (LineView l : lines) {
            BigDecimal lineNet = com.yiti.currency.ExchangeRateManagement.toBook(l.netAmount(), q.exchangeRate());
            BigDecimal standard = products.get(l.productId()).standardCost();
            BigDecimal lineCost =
                    standard == null ? null : standard.multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
            out.put(l.id(), Margin.of(lineNet, lineCost));
            if (lineCost == null) {
                complete = false;
            } else {
                net = net.add(lineNet);
                cost = cost.add(lineCost);
            }
        }
        return new Margins(out, Margin.of(net, cost), complete);
    }
}
