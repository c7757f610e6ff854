package com.yiti.order.web;

import com.yiti.integration.ExternalRecordKind;
import com.yiti.order.LineData;
import com.yiti.order.LineView;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderPlacement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.shared.BusinessRuleException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Sales orders pushed by another system under its own id (a web shop's orders): the body is the order API's
 * ({@code customerId}, the customer's id in Yiti, and the lines), with {@code confirm} to confirm it as the order API
 * does and {@code cancelReason} to cancel it. While the order is a draft a push makes it what the body says (header and
 * lines, line by line in order). Once confirmed, Yiti runs it: the same push again changes nothing (a shop re-sending
 * its order is harmless), a push with other lines or another customer is refused, and a cancellation still cancels
 * what has not shipped.
 */
@Component
class OrderExternalRecords implements ExternalRecordKind<OrderExternalRecords.Body> {

    /** An order as a shop sends it. */
    record Body(
            @NotNull Long customerId,
            @NotNull Long warehouseId,
            @Size(max = 100) String customerReference,
            @Size(max = 1000) String note,

            @NotEmpty @Valid @Size(max = OrderPlacement.MAX_LINES)
            List<OrderApiController.NewLine> lines,

            Boolean confirm,
            @Size(max = 500) String cancelReason) {

        OrderData header() {
            return new OrderData(customerId, warehouseId, customerReference, note, null);
        }

        List<LineData> lineData() {
            return lines.stream().map(OrderApiController.NewLine::data).toList();
        }

        boolean confirming() {
            return Boolean.TRUE.equals(confirm);
        }

        boolean cancelling() {
            return cancelReason != null && !cancelReason.isBlank();
        }
    }

    private final OrderManagement orders;
    private final OrderPlacement placement;

    OrderExternalRecords(OrderManagement orders, OrderPlacement placement) {
        this.orders = orders;
        this.placement = placement;
    }

    @Override
    public String kind() {
        return "orders";
    }

    @Override
    public Class<Body> bodyType() {
        return Body.class;
    }

    @Override
    public long create(Body body) {
        OrderView order = placement.place(body.header(), body.lineData(), body.confirming() && !body.cancelling());
        if (body.cancelling()) {
            orders.cancel(order.id(), body.cancelReason());
        }
        return order.id();
    }

    @Override
    public void update(long id, Body body) {
        OrderView order = orders.get(id);
        if (body.cancelling()) {
            if (order.status() != OrderStatus.CANCELLED) {
                orders.cancel(id, body.cancelReason());
            }
            return;
        }
        if (order.status() == OrderStatus.DRAFT) {
            order = orders.update(id, order.version(), body.header());
            List<LineData> wanted = body.lineData();
            List<LineView> current = order.lines();
            for (int i = 0; i < wanted.size(); i++) {
                LineData line = wanted.get(i);
                try {
                    if (i >= current.size()) {
                        order = orders.addLine(id, order.version(), line);
                    } else if (!same(current.get(i), line)) {
                        order = orders.changeLine(
                                id, order.version(), current.get(i).id(), line);
                    }
                } catch (BusinessRuleException e) {
                    throw new BusinessRuleException(
                            "lines[" + i + "]" + (e.field() == null ? "" : "." + e.field()), e.code(), e.args());
                }
            }
            for (int i = current.size() - 1; i >= wanted.size(); i--) {
                order = orders.removeLine(id, order.version(), current.get(i).id());
            }
            if (body.confirming()) {
                orders.confirm(id, null);
            }
            return;
        }
        if (!sameOrder(order, body)) {
            throw new BusinessRuleException(null, "external.order.notDraft", order.number(), order.status());
        }
        if (body.confirming() && order.status() == OrderStatus.CREDIT_HOLD) {
            orders.confirm(id, null);
        }
    }

    @Override
    public Object view(long id) {
        return orders.get(id);
    }

    /** Whether a confirmed order already is what the push says (fields the push leaves out take Yiti's value). */
    private static boolean sameOrder(OrderView order, Body body) {
        if (order.customerId() != body.customerId()
                || order.warehouseId() != body.warehouseId()
                || !Objects.equals(blankToNull(order.customerReference()), blankToNull(body.customerReference()))
                || !Objects.equals(blankToNull(order.note()), blankToNull(body.note()))
                || order.lines().size() != body.lines().size()) {
            return false;
        }
        List<LineData> wanted = body.lineData();
        for (int i = 0; i < wanted.size(); i++) {
            if (!same(order.lines().get(i), wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(LineView line, LineData wanted) {
        return line.productId() == wanted.productId()
                && line.quantity().compareTo(wanted.quantity()) == 0
                && (wanted.unitPrice() == null || line.unitPrice().compareTo(wanted.unitPrice()) == 0)
                && equal(line.discountPct(), wanted.discountPct() == null ? BigDecimal.ZERO : wanted.discountPct());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
