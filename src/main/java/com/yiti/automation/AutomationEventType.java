package com.yiti.automation;

import java.util.List;
import java.util.Optional;

/** The events rules may start from, with the facts each brings (for conditions; shown to ADMIN). */
public enum AutomationEventType {
    ORDER_CONFIRMED("order.confirmed", List.of("amount", "lines")),
    OPPORTUNITY_STAGE_CHANGED("opportunity.stageChanged", List.of("amount", "probability", "won", "lost")),
    INVOICE_OVERDUE("invoice.overdue", List.of("amount", "open", "daysOverdue")),
    TICKET_BREACHED("ticket.breached", List.of("priority")),
    STOCK_BELOW_REORDER("stock.belowReorder", List.of("available", "reorderPoint", "shortage", "made")),
    INSTALMENT_DUE("instalment.due", List.of("amount", "daysToDue"));

    private final String code;
    private final List<String> facts;

    AutomationEventType(String code, List<String> facts) {
        this.code = code;
        this.facts = facts;
    }

    public String code() {
        return code;
    }

    public List<String> facts() {
        return facts;
    }

    public static Optional<AutomationEventType> of(String code) {
        for (AutomationEventType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
