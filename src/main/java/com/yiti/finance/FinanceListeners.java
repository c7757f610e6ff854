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

    FinanceListeners(ReceivablesManagement receivables) {
        this.receivables = receivables;
    }

    /** A dispatched shipment is invoiced. */
    @ApplicationModuleListener
    void on(ShipmentDispatched shipment) {
        receivables.invoiceShipment(shipment);
    }

    /** A delivered order whose invoices are all paid closes. */
    @ApplicationModuleListener
    void on(OrderDelivered delivered) {
        receivables.closeIfSettled(delivered.orderId());
    }
}
