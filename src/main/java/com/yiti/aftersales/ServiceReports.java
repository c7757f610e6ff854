package com.yiti.aftersales;

import com.yiti.aftersales.internal.ServiceDays;
import com.yiti.aftersales.internal.Tickets;
import com.yiti.platform.TaskManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the service desk's tickets add up to (split out of {@link TicketManagement}): figures per agent, product or
 * customer, SLA counts for the service home, the period summaries the dashboard compares, open quality issues by
 * product and complaints by lot and supplier for the quality page.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReports {

    private final Tickets tickets;
    private final ServiceLevels levels;
    private final ServiceDays serviceDays;
    private final TaskManagement tasks;
    private final TicketManagement ticketing;
    private final Clock clock;
    private final com.yiti.inventory.LotTracking lots;
    private final TicketClock ticketClock;

    ServiceReports(
            Tickets tickets,
            ServiceLevels levels,
            ServiceDays serviceDays,
            TaskManagement tasks,
            TicketManagement ticketing,
            Clock clock,
            com.yiti.inventory.LotTracking lots,
            TicketClock ticketClock) {
        this.ticketClock = ticketClock;
        this.lots = lots;
        this.tickets = tickets;
        this.levels = levels;
        this.serviceDays = serviceDays;
        this.tasks = tasks;
        this.ticketing = ticketing;
        this.clock = clock;
    }

    /**
     * Service figures for tickets resolved in a period, grouped by agent, product or customer: how many, how many
     * within their SLA, and the average satisfaction of those rated. Ready for the dashboards.
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SERVICE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceFigures> figures(ServiceFigures.By by, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(levels.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(levels.getZone()).toInstant();
        List<Object[]> rows = switch (by) {
            case AGENT -> tickets.figuresByAgent(start, end);
            case PRODUCT -> tickets.figuresByProduct(start, end);
            case CUSTOMER -> tickets.figuresByCustomer(start, end);
        };
        return rows.stream()
                .map(r -> new ServiceFigures(
                        by,
                        (Long) r[0],
                        ((Number) r[1]).longValue(),
                        r[2] == null ? 0 : ((Number) r[2]).longValue(),
                        r[3] == null
                                ? null
                                : java.math.BigDecimal.valueOf(((Number) r[3]).doubleValue())
                                        .setScale(2, java.math.RoundingMode.HALF_UP)))
                .toList();
    }

    /** Open tickets by SLA state now (on track, at risk, breached, paused), for the service home. */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SERVICE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<SlaState, Long> slaCounts() {
        Map<SlaState, Long> counts = new java.util.EnumMap<>(SlaState.class);
        if (!ticketClock.marksPending()) {
            // by the tickets' marks: four index counts however many tickets run (decision 030)
            for (SlaState s : List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED, SlaState.PAUSED)) {
                counts.put(s, tickets.count(ticketClock.verdictIs(s)));
            }
            return counts;
        }
        for (SlaState s : List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED, SlaState.PAUSED)) {
            counts.put(s, 0L);
        }
        BusinessCalendar calendar = levels.calendar();
        Instant now = clock.instant();
        tickets.findByStatusIn(
                        EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER))
                .forEach(t -> counts.merge(ticketing.slaNow(t, calendar, now), 1L, Long::sum));
        return counts;
    }

    /**
     * Only the outcome of the tickets resolved in a period (resolved, within SLA, rated, CSAT): the dashboard's
     * comparison with the previous period needs no open counts, complaints or causes.
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SERVICE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ServiceSummary resolvedSummary(LocalDate from, LocalDate to) {
        return summary(from, to, false);
    }

    /** The service figures of a period for the dashboards (SERVICE, MANAGER, ADMIN). */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SERVICE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ServiceSummary summary(LocalDate from, LocalDate to) {
        return summary(from, to, true);
    }

    private ServiceSummary summary(LocalDate from, LocalDate to, boolean whole) {
        Instant start = from.atStartOfDay(levels.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(levels.getZone()).toInstant();
        ServiceDays.Resolved r = serviceDays.resolved(from, to);
        if (!whole) {
            return new ServiceSummary(
                    0,
                    0,
                    r.resolved(),
                    r.withinSla(),
                    r.rated(),
                    r.averageCsat(),
                    List.of(),
                    new java.util.EnumMap<>(RootCause.class));
        }
        // breached now: the tickets the SLA sweep (every 5 minutes) holds a breach task open for
        long breached = tasks.openRecordRefs(TicketManagement.BREACH_RULE).size();
        Map<RootCause, Long> causes = serviceDays.causes(from, to);
        return new ServiceSummary(
                tickets.countByStatusIn(
                        EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER)),
                breached,
                r.resolved(),
                r.withinSla(),
                r.rated(),
                r.averageCsat(),
                tickets.complaintsByProduct(start, end, org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                        .map(c -> new ServiceSummary.ProductComplaints((Long) c[0], ((Number) c[1]).longValue()))
                        .toList(),
                causes);
    }

    /** Complaints naming a lot or serial number, grouped by it, with the supplier it came from. */
    public record LotComplaints(
            long productId, String lotNumber, long tickets, long latestTicketId, String supplierName, String origin) {}

    /** The lots (and serial numbers) most complained about, with their supplier or production order: at most 50. */
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('SERVICE', 'MANAGER', 'ADMIN', 'PRODUCTION', 'PURCHASING')")
    public List<LotComplaints> complaintsByLot() {
        List<Object[]> rows = tickets.complaintsByLot(org.springframework.data.domain.PageRequest.of(0, 50));
        var origins = lots.origins(
                rows.stream().map(r -> Map.entry((Long) r[0], (String) r[1])).toList());
        return rows.stream()
                .map(r -> {
                    var lot = origins.get(r[0] + "/" + r[1]);
                    return new LotComplaints(
                            (Long) r[0],
                            (String) r[1],
                            ((Number) r[2]).longValue(),
                            (Long) r[3],
                            lot == null ? null : lot.supplierName(),
                            lot == null ? null : lot.originReference());
                })
                .toList();
    }

    /** Products with open complaints traced to production (or another cause), for the production screens. */
    @Transactional(readOnly = true)
    public List<QualityIssue> openQualityIssues(Set<RootCause> causes) {
        return tickets
                .qualityIssues(
                        causes,
                        EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER))
                .stream()
                .map(r -> new QualityIssue((Long) r[0], (RootCause) r[1], (Long) r[2], (Long) r[3]))
                .toList();
    }
}
