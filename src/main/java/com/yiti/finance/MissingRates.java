package com.yiti.finance;

import com.yiti.order.ShipmentDispatched;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shipment in a foreign currency that cannot be invoiced for want of the day's rate: a task for FINANCE, in a
 * transaction of its own (the invoice's is rolled back and retried), once per shipment.
 */
@Component
class MissingRates {

    private final TaskManagement tasks;
    private final Clock clock;

    MissingRates(TaskManagement tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void tell(ShipmentDispatched shipment, Object[] args) {
        tasks.raise(new NewTask(
                "task.finance.missingRate",
                List.of(String.valueOf(args[0]), String.valueOf(args[1]), shipment.shipmentNumber()),
                "/finance/exchange-rates",
                null,
                Role.FINANCE,
                LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE)),
                ReceivablesManagement.MISSING_RATE_RULE,
                ReceivablesManagement.missingRateRef(shipment.shipmentId())));
    }
}
