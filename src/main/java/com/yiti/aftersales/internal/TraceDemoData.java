package com.yiti.aftersales.internal;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketType;
import com.yiti.order.LotTrace;
import com.yiti.order.LotTraces;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A demo complaint naming a serial number (decision 027): the customer who got transmitter SN-TX900-0002 reports a
 * drifting reading; service traces it to the supplier's receipt from the ticket.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class TraceDemoData implements ApplicationRunner {

    static final String SERIAL = "SN-TX900-0002";

    private final Tickets tickets;
    private final TicketManagement ticketing;
    private final LotTraces traces;

    TraceDemoData(Tickets tickets, TicketManagement ticketing, LotTraces traces) {
        this.tickets = tickets;
        this.ticketing = ticketing;
        this.traces = traces;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tickets.complaintsByLot(PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        SystemActor.runAs("service", Role.SERVICE, () -> {
            List<LotTrace> found = traces.numbered(SERIAL);
            if (found.isEmpty()) {
                return null;
            }
            LotTrace trace = found.get(0);
            trace.steps().stream()
                    .filter(s -> s.customerId() != null)
                    .findFirst()
                    .ifPresent(shipped -> ticketing.open(new TicketData(
                            shipped.customerId(),
                            null,
                            shipped.orderId(),
                            trace.lot().productId(),
                            TicketType.COMPLAINT,
                            TicketPriority.HIGH,
                            TicketChannel.PHONE,
                            "变送器读数漂移 Transmitter reading drifts",
                            "客户来电：序列号 " + SERIAL + " 的变送器读数每天漂移约 2%。"
                                    + " Customer called: the transmitter drifts about 2 % a day.",
                            null,
                            SERIAL)));
            return null;
        });
    }
}
