package com.yiti.order;

import com.yiti.inventory.ProductView;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.Quotation;
import com.yiti.order.internal.QuotationLine;
import com.yiti.order.internal.Quotations;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.AuditHistory.Field;
import com.yiti.platform.ChangeRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of orders and quotations with their lines, as people read it: who changed what, when, from
 * what to what (a price, a discount, a quantity, the status). Scoped like the documents themselves.
 */
@Service
@Transactional(readOnly = true)
public class DocumentHistory {

    private final SalesOrders orders;
    private final Quotations quotations;
    private final AuditHistory audit;
    private final OrderSupport support;

    DocumentHistory(SalesOrders orders, Quotations quotations, AuditHistory audit, OrderSupport support) {
        this.orders = orders;
        this.quotations = quotations;
        this.audit = audit;
        this.support = support;
    }

    public List<ChangeRow> ofOrder(long id) {
        support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        List<AuditEntry<SalesOrder>> header = reversed(audit.of(SalesOrder.class, id));
        List<AuditEntry<OrderLine>> lines = audit.ofAllWhere(OrderLine.class, "orderId", id);
        Map<Long, ProductView> products =
                products(lines.stream().map(e -> e.state().getProductId()));
        return merge(
                AuditHistory.changes(
                        header,
                        SalesOrder::getId,
                        o -> "",
                        List.of(
                                Field.coded("common.status", "order.status.", SalesOrder::getStatus),
                                Field.of("order.customerReference", SalesOrder::getCustomerReference),
                                Field.of("document.promised", SalesOrder::getPromisedDate),
                                Field.of("document.netTotal", SalesOrder::getNetTotal),
                                Field.of("document.grossTotal", SalesOrder::getGrossTotal),
                                Field.of("history.holdReason", SalesOrder::getHoldReason),
                                Field.of("document.note", SalesOrder::getNote),
                                Field.of("history.cancelReason", SalesOrder::getCancelReason))),
                AuditHistory.changes(
                        lines,
                        OrderLine::getId,
                        l -> lineName(l.getLineNo(), products.get(l.getProductId())),
                        List.of(
                                Field.of("history.product", l -> sku(products.get(l.getProductId()))),
                                Field.of(
                                        "document.quantity", l -> l.getPricing().getQuantity()),
                                Field.of(
                                        "document.unitPrice",
                                        l -> l.getPricing().getUnitPrice()),
                                Field.of(
                                        "document.discountPct",
                                        l -> l.getPricing().getDiscountPct()),
                                Field.of("history.taxRate", l -> l.getPricing().getTaxRate()),
                                Field.of("document.gross", l -> l.getPricing().getGrossAmount()),
                                Field.of("history.reserved", OrderLine::getReservedQuantity),
                                Field.of("document.shipped", OrderLine::getShippedQuantity),
                                Field.of("history.cancelled", OrderLine::getCancelledQuantity),
                                Field.of("history.returned", OrderLine::getReturnedQuantity),
                                Field.coded("history.supply", "supply.", OrderLine::getSupply))));
    }

    public List<ChangeRow> ofQuotation(long id) {
        support.visible(quotations.findById(id), Quotation::getOwnerId, "Quotation", id);
        List<AuditEntry<Quotation>> header = reversed(audit.of(Quotation.class, id));
        List<AuditEntry<QuotationLine>> lines = audit.ofAllWhere(QuotationLine.class, "quotationId", id);
        Map<Long, ProductView> products =
                products(lines.stream().map(e -> e.state().getProductId()));
        return merge(
                AuditHistory.changes(
                        header,
                        Quotation::getId,
                        q -> "",
                        List.of(
                                Field.coded("common.status", "quotation.status.", Quotation::getStatus),
                                Field.coded("history.approval", "approval.", Quotation::getApproval),
                                Field.of("quotation.validUntil", Quotation::getValidUntil),
                                Field.of("document.grossTotal", Quotation::getGrossTotal),
                                Field.of("document.note", Quotation::getNote))),
                AuditHistory.changes(
                        lines,
                        QuotationLine::getId,
                        l -> lineName(l.getLineNo(), products.get(l.getProductId())),
                        List.of(
                                Field.of("history.product", l -> sku(products.get(l.getProductId()))),
                                Field.of(
                                        "document.quantity", l -> l.getPricing().getQuantity()),
                                Field.of(
                                        "document.unitPrice",
                                        l -> l.getPricing().getUnitPrice()),
                                Field.of(
                                        "document.discountPct",
                                        l -> l.getPricing().getDiscountPct()),
                                Field.of("history.taxRate", l -> l.getPricing().getTaxRate()),
                                Field.of("document.gross", l -> l.getPricing().getGrossAmount()))));
    }

    private Map<Long, ProductView> products(Stream<Long> ids) {
        return support.products(ids.collect(Collectors.toSet()));
    }

    private static String sku(ProductView p) {
        return p == null ? "" : p.sku();
    }

    private static String lineName(int lineNo, ProductView p) {
        return "#" + lineNo + (p == null ? "" : " · " + p.sku());
    }

    private static <T> List<AuditEntry<T>> reversed(List<AuditEntry<T>> newestFirst) {
        List<AuditEntry<T>> copy = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The document's and its lines' changes in one list, newest first (the document's row first in a revision). */
    private static List<ChangeRow> merge(List<ChangeRow> header, List<ChangeRow> lines) {
        List<ChangeRow> all = new ArrayList<>(header);
        all.addAll(lines);
        all.sort(Comparator.comparingLong(ChangeRow::revision)
                .reversed()
                .thenComparing(r -> !r.subject().isEmpty()));
        return all;
    }
}
