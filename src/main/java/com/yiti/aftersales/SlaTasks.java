package com.yiti.aftersales;

import com.yiti.aftersales.internal.Ticket;
import com.yiti.aftersales.internal.Tickets;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The SLA job's sweep: tickets at risk ({@link ServiceLevels#getWarnAtPercent} of a target used) or breached become
 * tasks for their owner and the SERVICE team, and the tasks close when the ticket is resolved or back on track. The
 * sweep first restamps the running tickets' marks ({@link TicketClock}). Reads hold no locks; marks and tasks are
 * written a batch per short transaction of their own. Run by one scheduled job at a time.
 */
@Service
public class SlaTasks {

    private final Tickets tickets;
    private final TicketClock ticketClock;
    private final ServiceLevels levels;
    private final TaskManagement tasks;
    private final Clock clock;

    private final com.yiti.automation.Automation automation;

    SlaTasks(
            Tickets tickets,
            TicketClock ticketClock,
            ServiceLevels levels,
            TaskManagement tasks,
            Clock clock,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.tickets = tickets;
        this.ticketClock = ticketClock;
        this.levels = levels;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Raises and closes the SLA tasks. Returns how many tickets are at risk or breached. */
    public int refreshSlaTasks() {
        List<Ticket> open = tickets.findByStatusIn(TicketClock.OPEN);
        ticketClock.restampOpen(open);
        Map<String, NewTask> warned = new HashMap<>();
        Map<String, NewTask> breached = new HashMap<>();
        Map<String, com.yiti.automation.AutomationEvent> breachEvents = new HashMap<>();
        BusinessCalendar calendar = levels.calendar();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(levels.getZone()));
        for (Ticket t : open) {
            SlaState sla = ticketClock.clocked(t, calendar, now).sla();
            String ref = TicketManagement.ref(t.getId());
            if (sla == SlaState.BREACHED) {
                breached.put(ref, task(t, "task.aftersales.slaBreached", TicketManagement.BREACH_RULE, today));
                breachEvents.put(ref, breachEvent(t));
            } else if (sla == SlaState.AT_RISK) {
                warned.put(ref, task(t, "task.aftersales.slaAtRisk", TicketManagement.WARNING_RULE, today));
            }
        }
        tasks.raiseNew(TicketManagement.BREACH_RULE, breached.keySet(), refs -> {
            // a ticket newly breached, for the automation rules that listen (decision 053)
            automation.publishAll(
                    "ticket.breached",
                    () -> refs.stream().map(breachEvents::get).toList());
            return refs.stream().map(breached::get).toList();
        });
        tasks.raiseNew(
                TicketManagement.WARNING_RULE,
                warned.keySet(),
                refs -> refs.stream().map(warned::get).toList());
        tasks.closeCleared(TicketManagement.WARNING_RULE, warned.keySet());
        tasks.closeCleared(TicketManagement.BREACH_RULE, breached.keySet());
        return warned.size() + breached.size();
    }

    private static com.yiti.automation.AutomationEvent breachEvent(Ticket t) {
        return new com.yiti.automation.AutomationEvent(
                "ticket.breached",
                "ticket",
                t.getId(),
                t.getNumber(),
                "/tickets/" + t.getId(),
                t.getAssigneeId(),
                t.getCustomerId(),
                null,
                Map.of("priority", String.valueOf(t.getPriority().ordinal())));
    }

    private static NewTask task(Ticket t, String titleKey, String rule, LocalDate today) {
        return new NewTask(
                titleKey,
                List.of(t.getNumber(), t.getSubject()),
                "/tickets/" + t.getId(),
                t.getAssigneeId(),
                Role.SERVICE,
                today,
                rule,
                TicketManagement.ref(t.getId()));
    }
}
