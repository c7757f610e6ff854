package com.yiti.purchasing;

import com.yiti.purchasing.internal.RequisitionLine;
import com.yiti.purchasing.internal.RequisitionLines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promising a bought product from purchase orders already sent (decision 043): an open line with room — what it still
 * brings that no customer's order line has taken — promises its expected date, and the order line's requisition is
 * put on that line, taking the room. Called by order confirmation, in its transaction.
 */
@Service
@Transactional
public class PurchasePromises {

    /** An open purchase order line that can cover a shortage. */
    public record Room(long purchaseOrderLineId, String purchaseOrderNumber, LocalDate expected) {}

    private final JdbcTemplate jdbc;
    private final RequisitionLines requisitions;
    private final PurchasingManagement purchasing;

    PurchasePromises(JdbcTemplate jdbc, RequisitionLines requisitions, PurchasingManagement purchasing) {
        this.jdbc = jdbc;
        this.requisitions = requisitions;
        this.purchasing = purchasing;
    }

    /** The earliest sent purchase order line of the product into the warehouse with room for the quantity. */
    @Transactional(readOnly = true)
    public Optional<Room> room(long productId, long warehouseId, BigDecimal quantity) {
        List<Room> found = jdbc.query(
                "select l.id, po.number, po.expected_date from pur_purchase_order_line l"
                        + " join pur_purchase_order po on po.id = l.purchase_order_id"
                        + " where l.product_id = ? and po.warehouse_id = ?"
                        + " and po.status in ('SENT', 'PARTIALLY_RECEIVED')"
                        + " and l.quantity - l.received_quantity - coalesce((select sum(r.quantity)"
                        + " from pur_requisition_line r where r.purchase_order_line_id = l.id"
                        + " and r.order_line_id is not null and r.status = 'ORDERED'), 0) >= ?"
                        + " order by po.expected_date, l.id",
                (rs, i) -> new Room(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                productId,
                warehouseId,
                quantity);
        return found.stream().findFirst();
    }

    /** The order line's requisition, put on the purchase order line whose room it takes. */
    public RequisitionLineView requisitionOn(NewRequisition r, long purchaseOrderLineId) {
        RequisitionLineView view = purchasing.requisition(r);
        RequisitionLine line = requisitions.findById(view.id()).orElseThrow();
        line.orderedOn(purchaseOrderLineId);
        return view;
    }
}
