package com.yiti.purchasing.internal;

import com.yiti.production.spi.PurchaseSupply;
import com.yiti.purchasing.NewRequisition;
import com.yiti.purchasing.PurchasingManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What purchasing has on its way and what customers wait for, for material planning: one query each over every open
 * line (a planning run reads them all at once).
 */
@Component
class PurchaseSupplyForPlanning implements PurchaseSupply {

    private final JdbcTemplate jdbc;
    private final PurchasingManagement purchasing;

    PurchaseSupplyForPlanning(JdbcTemplate jdbc, PurchasingManagement purchasing) {
        this.jdbc = jdbc;
        this.purchasing = purchasing;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenSupply> openSupply() {
        return supply(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenSupply> openSupplyOf(java.util.Collection<Long> productIds) {
        java.util.Set<Long> wanted = java.util.Set.copyOf(productIds);
        return wanted.isEmpty() ? List.of() : supply(wanted);
    }

    /** Open PO lines and requisitions waiting for an order, of every product or of some. */
    private List<OpenSupply> supply(java.util.Set<Long> products) {
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        var args = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("products", products);
        String onlyLines = products == null ? "" : " and l.product_id in (:products)";
        String onlyRequisitions = products == null ? "" : " and product_id in (:products)";
        List<OpenSupply> supply = new java.util.ArrayList<>(named.query(
                "select l.product_id, po.warehouse_id, l.quantity - l.received_quantity, po.expected_date, po.number"
                        + " from pur_purchase_order_line l join pur_purchase_order po on po.id = l.purchase_order_id"
                        + " where po.status in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED')"
                        + " and l.quantity > l.received_quantity" + onlyLines,
                args,
                (rs, i) -> new OpenSupply(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5))));
        supply.addAll(named.query(
                "select product_id, warehouse_id, quantity, need_by, id from pur_requisition_line where status = 'OPEN'"
                        + onlyRequisitions,
                args,
                (rs, i) -> new OpenSupply(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class),
                        "REQ-" + rs.getLong(5))));
        return supply;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderDemand> orderDemand() {
        // raised for an order line and not yet in: waiting for an order, or on one still open
        return jdbc.query(
                "select r.product_id, r.warehouse_id, r.quantity, r.need_by, r.order_number, r.order_line_id"
                        + " from pur_requisition_line r"
                        + " left join pur_purchase_order_line l on l.id = r.purchase_order_line_id"
                        + " left join pur_purchase_order po on po.id = l.purchase_order_id"
                        + " where r.order_line_id is not null and (r.status = 'OPEN' or (r.status = 'ORDERED'"
                        + " and po.status in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED')"
                        + " and l.quantity > l.received_quantity))",
                (rs, i) -> new OrderDemand(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getLong(6)));
    }

    @Override
    public Placed requisition(long productId, long warehouseId, BigDecimal quantity, LocalDate needBy) {
        var line =
                purchasing.requisition(new NewRequisition(productId, warehouseId, quantity, needBy, null, null, null));
        return new Placed(line.id(), "REQ-" + line.id());
    }
}
