package com.yiti.aftersales;

import com.yiti.aftersales.internal.Ticket;
import com.yiti.aftersales.internal.Tickets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA clock of a ticket: business minutes allowed and used against its priority's targets, paused while the
 * ticket waits for the customer, and the verdict they make (on track, at risk from {@link
 * ServiceLevels#getWarnAtPercent} of a target, breached past it, paused; met or missed once resolved).
 *
 * <p>So that lists and counts can ask for a verdict through an index (decision 030), each running ticket keeps the
 * two instants at which its verdict turns at risk and breached as the clock runs now ({@link #stamp}); they change
 * only when the ticket does (priority, first response, pause, resolution), and the SLA job {@link #restampOpen
 * restamps} the running tickets after a change of the targets or the calendar. Until every running ticket carries
 * them (right after the upgrade that added them) the verdicts are decided ticket by ticket as before.
 */
@Component
class TicketClock {

    static final Set<TicketStatus> RUNNING = EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS);
    static final Set<TicketStatus> OPEN =
            EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER);

    /** A ticket against its targets: business minutes allowed and used, and the SLA state they make. */
    record Clocked(long firstTarget, long firstUsed, long resolutionTarget, long used, SlaState sla) {}

    /** When the verdict turns at risk and breached (null: not while the ticket stays as it is). */
    record Marks(Instant riskAt, Instant breachAt) {}

    private final ServiceLevels levels;
    private final Clock clock;
    private final Tickets tickets;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    private static final int BATCH = 500;

    TicketClock(
            ServiceLevels levels,
            Clock clock,
            Tickets tickets,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.levels = levels;
        this.clock = clock;
        this.tickets = tickets;
        this.entityManager = entityManager;
    }

    Clocked clocked(Ticket t, BusinessCalendar calendar, Instant now) {
        ServiceLevels.Target target = levels.target(t.getPriority());
        long firstTarget = target.firstResponseHours() * 60L;
        long resolutionTarget = target.resolutionHours() * 60L;
        long firstUsed = calendar.minutesBetween(
                t.getOpenedAt(), t.getFirstRespondedAt() == null ? now : t.getFirstRespondedAt());
        Instant end = t.getResolvedAt() == null ? now : t.getResolvedAt();
        long running = t.getPausedSince() == null ? 0 : calendar.minutesBetween(t.getPausedSince(), now);
        long used = Math.max(0, calendar.minutesBetween(t.getOpenedAt(), end) - t.getPausedMinutes() - running);
        return new Clocked(
                firstTarget, firstUsed, resolutionTarget, used, sla(t, used, firstUsed, firstTarget, resolutionTarget));
    }

    private SlaState sla(Ticket t, long used, long firstUsed, long firstTarget, long resolutionTarget) {
        if (!t.getStatus().open()) {
            return used <= resolutionTarget ? SlaState.MET : SlaState.MISSED;
        }
        boolean firstLate = t.getFirstRespondedAt() == null && firstUsed > firstTarget;
        if (used > resolutionTarget || firstLate) {
            return SlaState.BREACHED;
        }
        if (t.getStatus() == TicketStatus.WAITING_FOR_CUSTOMER) {
            return SlaState.PAUSED;
        }
        int warn = levels.getWarnAtPercent();
        boolean firstAtRisk = t.getFirstRespondedAt() == null && firstUsed * 100 >= firstTarget * warn;
        return used * 100 >= resolutionTarget * warn || firstAtRisk ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /**
     * The instants the verdict of {@link #clocked} turns at risk and breached for the ticket as it is: the first
     * business minute at which the used minutes reach the warning share, and the one at which they pass the target.
     */
    Marks marks(Ticket t, BusinessCalendar calendar) {
        if (!t.getStatus().open()) {
            return new Marks(null, null);
        }
        ServiceLevels.Target target = levels.target(t.getPriority());
        long first = target.firstResponseHours() * 60L;
        long resolution = target.resolutionHours() * 60L;
        int warn = levels.getWarnAtPercent();
        Instant opened = t.getOpenedAt();
        Instant risk = null;
        Instant breach = null;
        if (t.getFirstRespondedAt() == null) {
            risk = calendar.plus(opened, ceilDiv(first * warn, 100));
            breach = calendar.plus(opened, first + 1);
        }
        long paused = t.getPausedMinutes();
        if (t.getStatus() == TicketStatus.WAITING_FOR_CUSTOMER) {
            // the clock stands still: breached only if it was when the pause began
            Instant since = t.getPausedSince() == null ? clock.instant() : t.getPausedSince();
            if (calendar.minutesBetween(opened, since) - paused > resolution) {
                breach = earlier(breach, calendar.plus(opened, resolution + paused + 1));
            }
            return new Marks(null, breach);
        }
        risk = earlier(risk, calendar.plus(opened, ceilDiv(resolution * warn, 100) + paused));
        breach = earlier(breach, calendar.plus(opened, resolution + paused + 1));
        return new Marks(risk, breach);
    }

    /** Keeps the ticket's marks: after any change of its priority, response, status or pauses. */
    void stamp(Ticket t) {
        Marks m = marks(t, levels.calendar());
        t.clockMarks(m.riskAt(), m.breachAt());
    }

    /**
     * The marks of the running tickets recomputed (after the targets or the calendar changed, or for tickets from
     * before the marks), written where they differ, without touching the tickets' versions. Returns how many.
     */
    int restampOpen(List<Ticket> open) {
        BusinessCalendar calendar = levels.calendar();
        List<Map.Entry<Long, Marks>> changed = new ArrayList<>();
        for (Ticket t : open) {
            Marks m = marks(t, calendar);
            if (!Objects.equals(m.riskAt(), t.getSlaRiskAt()) || !Objects.equals(m.breachAt(), t.getSlaBreachAt())) {
                changed.add(Map.entry(t.getId(), m));
            }
        }
        // bulk updates (no version, no audit row: the marks are derived), a short transaction per batch
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Map.Entry<Long, Marks>> batch = changed.subList(from, Math.min(from + BATCH, changed.size()));
            transactions.executeWithoutResult(status -> batch.forEach(e -> entityManager
                    .createQuery("update Ticket t set t.slaRiskAt = :risk, t.slaBreachAt = :breach where t.id = :id")
                    .setParameter("risk", e.getValue().riskAt())
                    .setParameter("breach", e.getValue().breachAt())
                    .setParameter("id", e.getKey())
                    .executeUpdate()));
        }
        return changed.size();
    }

    /** Whether a running ticket waits for its marks (verdicts are then decided ticket by ticket). */
    boolean marksPending() {
        return tickets.exists(
                (root, query, cb) -> cb.and(root.get("status").in(RUNNING), cb.isNull(root.get("slaRiskAt"))));
    }

    /** The open tickets whose verdict is {@code state} now (ON_TRACK, AT_RISK, BREACHED, PAUSED), by their marks. */
    Specification<Ticket> verdictIs(SlaState state) {
        Instant now = clock.instant();
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            switch (state) {
                case BREACHED -> {
                    p.add(root.get("status").in(OPEN));
                    p.add(cb.lessThanOrEqualTo(root.get("slaBreachAt"), now));
                }
                case AT_RISK -> {
                    p.add(root.get("status").in(RUNNING));
                    p.add(cb.lessThanOrEqualTo(root.get("slaRiskAt"), now));
                    p.add(cb.greaterThan(root.get("slaBreachAt"), now));
                }
                case ON_TRACK -> {
                    p.add(root.get("status").in(RUNNING));
                    p.add(cb.greaterThan(root.get("slaRiskAt"), now));
                }
                case PAUSED -> {
                    // waiting for the customer and not breached before the pause
                    p.add(cb.equal(root.get("status"), TicketStatus.WAITING_FOR_CUSTOMER));
                    p.add(cb.or(cb.isNull(root.get("slaBreachAt")), cb.greaterThan(root.get("slaBreachAt"), now)));
                }
                default -> throw new IllegalArgumentException("not a running verdict: " + state);
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
