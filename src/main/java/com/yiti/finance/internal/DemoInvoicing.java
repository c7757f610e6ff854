package com.yiti.finance.internal;

import com.yiti.finance.ReceivablesManagement;
import com.yiti.order.ShipmentDispatched;
import com.yiti.order.ShipmentView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.util.List;

/**
 * For demo data: demo shipments invoiced at once (the event listener does it after commit, a moment later), so that
 * their invoices can be paid in the same start-up. A shipment the listener invoiced first is left as it is.
 */
final class DemoInvoicing {

    private DemoInvoicing() {}

    static void invoiceNow(ReceivablesManagement receivables, List<ShipmentView> shipments) {
        SystemActor.runAs("system", Role.FINANCE, () -> {
            for (ShipmentView s : shipments) {
                try {
                    receivables.invoiceShipment(new ShipmentDispatched(
                            s.id(),
                            s.number(),
                            s.orderId(),
                            s.orderNumber(),
                            0,
                            s.lines().stream()
                                    .map(l -> new ShipmentDispatched.Line(l.orderLineId(), l.productId(), l.quantity()))
                                    .toList()));
                } catch (org.springframework.dao.DataIntegrityViolationException listenerWasFaster) {
                    // the event listener invoiced this shipment at the same moment
                }
            }
            return null;
        });
    }
}
