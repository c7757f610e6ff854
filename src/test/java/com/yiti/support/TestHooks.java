package com.yiti.support;

import com.yiti.order.OrderConfirmed;
import com.yiti.order.spi.CreditCheck;
import com.yiti.order.spi.CreditDecision;
import com.yiti.order.spi.OrderForCredit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only switches into the real confirmation: hold the credit of chosen customers (the finance hook), or fail a
 * chosen order's confirmation at its very end, after stock was reserved and shortages planned, to prove that
 * nothing of it stays.
 */
@Component
public class TestHooks implements CreditCheck {

    private final Set<Long> heldCustomers = ConcurrentHashMap.newKeySet();
    private final Set<Long> failingOrders = ConcurrentHashMap.newKeySet();

    public void holdCreditOf(long customerId) {
        heldCustomers.add(customerId);
    }

    public void releaseCreditOf(long customerId) {
        heldCustomers.remove(customerId);
    }

    public void failConfirmationOf(long orderId) {
        failingOrders.add(orderId);
    }

    public void stopFailing(long orderId) {
        failingOrders.remove(orderId);
    }

    @Override
    public CreditDecision check(OrderForCredit order) {
        return heldCustomers.contains(order.customerId())
                ? CreditDecision.hold(
                        "credit.hold.overLimit", order.grossTotal().toPlainString())
                : CreditDecision.pass();
    }

    @EventListener
    void on(OrderConfirmed confirmed) {
        if (failingOrders.contains(confirmed.orderId())) {
            throw new IllegalStateException("test failure at the end of confirmation");
        }
    }
}
