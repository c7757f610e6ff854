package com.yiti.order;

import com.yiti.platform.TransactionRetry;
import com.yiti.shared.BusinessRuleException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order placed in one request: header and lines, and with {@code confirm} the whole confirmation (credit check,
 * availability, reservation, shortages planned), in one transaction: what a client needs in one round trip instead
 * of one per line plus a confirmation. Anything refused rolls all of it back, so a client that fixes its request and
 * sends it again makes one order. The step-by-step API (create, add lines, confirm) stays beside it.
 */
@Service
public class OrderPlacement {

    /** More lines than an order form holds are refused (a request is bounded work). */
    public static final int MAX_LINES = 200;

    private final OrderManagement orders;
    private final TransactionRetry retry;
    private final com.yiti.platform.DocumentNumbers numbers;

    OrderPlacement(OrderManagement orders, TransactionRetry retry, com.yiti.platform.DocumentNumbers numbers) {
        this.orders = orders;
        this.retry = retry;
        this.numbers = numbers;
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public OrderView place(OrderData header, List<LineData> lines, boolean confirm) {
        List<LineData> given = lines == null ? List.of() : lines;
        if (given.size() > MAX_LINES) {
            throw new BusinessRuleException("lines", "order.tooManyLines", MAX_LINES);
        }
        // the number first, in its own short transaction: the counter row is not held while the order is confirmed
        String number = numbers.nextCommitted("SO");
        return retry.run("place order", () -> {
            long id = orders.createWithLines(header, given, number);
            return confirm ? orders.confirmInCallersTransaction(id) : orders.get(id);
        });
    }
}
