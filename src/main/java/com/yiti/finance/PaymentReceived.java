package com.yiti.finance;

import com.yiti.shared.PublishedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer's payment was recorded (its allocation to invoices follows in the same transaction). */
public record PaymentReceived(
        long paymentId, String number, long customerId, LocalDate paymentDate, BigDecimal amount, String currency)
        implements PublishedEvent {

    @Override
    public String subject() {
        return number;
    }
}
