package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.aftersales.internal.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The marks a ticket keeps (decision 030) say exactly when the clock's verdict turns at risk and breached: one minute
 * before a mark the verdict is still the earlier one, at the mark it is the next.
 */
class TicketClockTests {

    final ServiceLevels levels = new ServiceLevels();
    final BusinessCalendar calendar = levels.calendar();
    final TicketClock clock = new TicketClock(
            levels, Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC), null, null, null);

    /** Opened at odd seconds across a week: inside and outside business hours, before a weekend. */
    final List<Instant> openings = List.of(
            Instant.parse("2026-12-07T01:00:07Z"), // Monday 09:00:07 in Shanghai
            Instant.parse("2026-12-07T09:59:31Z"), // Monday 17:59:31
            Instant.parse("2026-12-04T08:30:00Z"), // Friday 16:30
            Instant.parse("2026-12-05T04:12:45Z"), // Saturday
            Instant.parse("2026-12-08T14:00:00Z")); // Tuesday 22:00

    @Test
    void aRunningTicketTurnsAtRiskAndBreachedExactlyAtItsMarks() {
        for (TicketPriority priority : TicketPriority.values()) {
            for (Instant opened : openings) {
                Ticket t = ticket(opened, priority);
                // first response given at once: only the resolution clock counts
                t.responded(opened);
                t.moveTo(TicketStatus.IN_PROGRESS, opened, 0);
                assertFlips(t);
            }
        }
    }

    @Test
    void theFirstResponseTargetAndPausesMoveTheMarks() {
        for (Instant opened : openings) {
            Ticket unanswered = ticket(opened, TicketPriority.HIGH);
            assertFlips(unanswered);
            assertThat(clock.marks(unanswered, calendar).breachAt())
                    .as("unanswered: breached when the 4-hour first response passes")
                    .isEqualTo(calendar.plus(opened, 4 * 60 + 1));

            Ticket paused = ticket(opened, TicketPriority.URGENT);
            paused.responded(opened);
            Instant pauseAt = calendar.plus(opened, 60);
            paused.moveTo(TicketStatus.WAITING_FOR_CUSTOMER, pauseAt, 0);
            assertThat(clock.marks(paused, calendar).breachAt())
                    .as("paused before the target: no breach while it waits")
                    .isNull();
            Instant resumeAt = pauseAt.plus(Duration.ofDays(3));
            paused.moveTo(TicketStatus.IN_PROGRESS, resumeAt, calendar.minutesBetween(pauseAt, resumeAt));
            assertFlips(paused);
            assertThat(clock.marks(paused, calendar).breachAt())
                    .as("the pause pushes the breach back")
                    .isAfter(calendar.plus(opened, 8 * 60 + 1));

            Ticket late = ticket(opened, TicketPriority.URGENT);
            late.responded(opened);
            Instant lateAt = calendar.plus(opened, 9 * 60);
            late.moveTo(TicketStatus.WAITING_FOR_CUSTOMER, lateAt, 0);
            Instant breach = clock.marks(late, calendar).breachAt();
            assertThat(breach).as("paused after the target: stays breached").isNotNull();
            assertThat(clock.clocked(late, calendar, breach.plus(Duration.ofDays(5)))
                            .sla())
                    .isEqualTo(SlaState.BREACHED);
        }
    }

    @Test
    void aResolvedTicketHasNoMarks() {
        Ticket t = ticket(openings.get(0), TicketPriority.NORMAL);
        t.moveTo(TicketStatus.RESOLVED, openings.get(0).plus(Duration.ofHours(1)), 0);
        assertThat(clock.marks(t, calendar)).isEqualTo(new TicketClock.Marks(null, null));
    }

    private void assertFlips(Ticket t) {
        TicketClock.Marks m = clock.marks(t, calendar);
        assertThat(m.riskAt()).isBefore(m.breachAt());
        assertThat(verdictAt(t, m.riskAt().minus(Duration.ofMinutes(1)))).isEqualTo(SlaState.ON_TRACK);
        assertThat(verdictAt(t, m.riskAt())).isEqualTo(SlaState.AT_RISK);
        assertThat(verdictAt(t, m.breachAt().minus(Duration.ofMinutes(1)))).isEqualTo(SlaState.AT_RISK);
        assertThat(verdictAt(t, m.breachAt())).isEqualTo(SlaState.BREACHED);
    }

    private SlaState verdictAt(Ticket t, Instant at) {
        return clock.clocked(t, calendar, at).sla();
    }

    private static Ticket ticket(Instant opened, TicketPriority priority) {
        Ticket t = new Ticket("TK-TEST", 1L, 1L, opened);
        t.prioritise(priority);
        return t;
    }
}
