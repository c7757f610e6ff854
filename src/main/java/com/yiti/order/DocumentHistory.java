package com.yiti.order;

import com.yiti.inventory.ProductView;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.Pricing;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        List<AuditEntry<OrderLine>> lines = audit.ofAllWhere(OrderLine.class, "orderId", id);
        Map<Long, ProductView> products = products(lines, OrderLine::getProductId);
        List<Field<OrderLine>> lineFields =
                new ArrayList<>(priced(products, OrderLine::getProductId, OrderLine::getPricing));
        lineFields.add(Field.of("history.reserved", OrderLine::getReservedQuantity));
        lineFields.add(Field.of("document.shipped", OrderLine::getShippedQuantity));
        lineFields.add(Field.of("history.cancelled", OrderLine::getCancelledQuantity));
        lineFields.add(Field.of("history.returned", OrderLine::getReturnedQuantity));
        lineFields.add(Field.coded("history.supply", "supply.", OrderLine::getSupply));
        return AuditHistory.merged(
                AuditHistory.changes(
                        AuditHistory.oldestFirst(audit.of(SalesOrder.class, id)),
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
                        lineFields));
    }

    public List<ChangeRow> ofQuotation(long id) {
        support.visible(quotations.findById(id), Quotation::getOwnerId, "Quotation", id);
        List<AuditEntry<QuotationLine>> lines = audit.ofAllWhere(QuotationLine.class, "quotationId", id);
        Map<Long, ProductView> products = products(lines, QuotationLine::getProductId);
        return AuditHistory.merged(
                AuditHistory.changes(
                        AuditHistory.oldestFirst(audit.of(Quotation.class, id)),
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
                        priced(products, QuotationLine::getProductId, QuotationLine::getPricing)));
    }

    /** What a priced line shows in its history, for order and quotation lines alike. */
    private static <T> List<Field<T>> priced(
            Map<Long, ProductView> products, Function<T, Long> product, Function<T, Pricing> pricing) {
        return List.of(
                Field.of("history.product", l -> sku(products.get(product.apply(l)))),
                Field.of("document.quantity", l -> pricing.apply(l).getQuantity()),
                Field.of("document.unitPrice", l -> pricing.apply(l).getUnitPrice()),
                Field.of("document.discountPct", l -> pricing.apply(l).getDiscountPct()),
                Field.of("history.taxRate", l -> pricing.apply(l).getTaxRate()),
                Field.of("document.gross", l -> pricing.apply(l).getGrossAmount()));
    }

    private <T> Map<Long, ProductView> products(List<AuditEntry<T>> lines, Function<T, Long> product) {
        return support.products(
                lines.stream().map(e -> product.apply(e.state())).collect(Collectors.toSet()));
    }

    private static String sku(ProductView p) {
        return p == null ? "" : p.sku();
    }

    private static String lineName(int lineNo, ProductView p) {
        return "#" + lineNo + (p == null ? "" : " · " + p.sku());
    }
}
