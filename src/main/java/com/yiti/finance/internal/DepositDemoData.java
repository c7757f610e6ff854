package com.yiti.finance.internal;

import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A demo deposit (定金): 30 % of the newest confirmed CNY order, received yesterday, held for its invoice. Runs once.
 */
@Component
@Order(59)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class DepositDemoData implements ApplicationRunner {

    private final Payments payments;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final OrderManagement orders;
    private final Clock clock;

    DepositDemoData(
            Payments payments,
            com.yiti.finance.PaymentManagement paymentManagement,
            OrderManagement orders,
            Clock clock) {
        this.payments = payments;
        this.paymentManagement = paymentManagement;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (payments.existsByOrderIdNotNull()) {
            return;
        }
        List<OrderView> confirmed = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () -> orders.search(
                                new OrderFilter(null, OrderStatus.CONFIRMED, null, null),
                                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("id"))))
                        .getContent());
        confirmed.stream().filter(o -> "CNY".equals(o.currency())).findFirst().ifPresent(o -> {
            LocalDate yesterday =
                    LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusDays(1);
            SystemActor.runAs(
                    "finance",
                    Role.FINANCE,
                    () -> paymentManagement.recordPayment(new NewPayment(
                            o.customerId(),
                            yesterday,
                            o.grossTotal().multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP),
                            PaymentMethod.BANK_TRANSFER,
                            "定金 30% deposit",
                            false,
                            Map.of(),
                            o.id())));
        });
    }
}
