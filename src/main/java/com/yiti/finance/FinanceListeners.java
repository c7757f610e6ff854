package com.yiti.finance;

import com.yiti.order.OrderDelivered;
import com.yiti.order.ShipmentDispatched;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a business event after it committed, through the event publication registry: a listener that fails
 * leaves its publication incomplete, to be resubmitted (every minute, and on restart) until it succeeds once.
 */
@Component
class FinanceListeners {

    private final ReceivablesManagement receivables;
    private final MissingRates missingRates;

    FinanceListeners(ReceivablesManagement receivables, MissingRates missingRates) {
        this.receivables = receivables;
        this.missingRates = missingRates;
    }

    /**
     * A dispatched shipment is invoiced. A foreign one without the day's rate waits (retried every minute) and tells
     * FINANCE which rate to enter; the task closes when the invoice is written.
     */
    @ApplicationModuleListener
    void on(ShipmentDispatched shipment) {
        try {
            receivables.invoiceShipment(shipment);
        } catch (com.yiti.shared.BusinessRuleException e) {
            if ("fx.rateMissing".equals(e.code())) {
                missingRates.tell(shipment, e.args());
            }
            throw e;
        }
    }

    /** A delivered order whose invoices are all paid closes. */
    @ApplicationModuleListener
    void on(OrderDelivered delivered) {
        receivables.closeIfSettled(delivered.orderId());
    }
}
