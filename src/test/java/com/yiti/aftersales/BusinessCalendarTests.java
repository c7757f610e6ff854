package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic over evenings, nights and weekends (Mon–Fri 09:00–18:00 Asia/Shanghai). */
class BusinessCalendarTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final BusinessCalendar calendar = new ServiceLevels().calendar();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void withinOneWorkingDay() {
        assertThat(calendar.minutesBetween(at("2026-11-23T10:00"), at("2026-11-23T11:30")))
                .isEqualTo(90);
    }

    @Test
    void eveningsNightsAndWeekendsDoNotCount() {
        // Friday 17:30 → Monday 09:30: 30 minutes on Friday, 30 on Monday
        assertThat(calendar.minutesBetween(at("2026-11-27T17:30"), at("2026-11-30T09:30")))
                .isEqualTo(60);
        // a whole weekend alone is no business time
        assertThat(calendar.minutesBetween(at("2026-11-28T08:00"), at("2026-11-29T20:00")))
                .isZero();
        // before opening and after closing
        assertThat(calendar.minutesBetween(at("2026-11-23T06:00"), at("2026-11-23T21:00")))
                .isEqualTo(540);
    }

    @Test
    void aDeadlineSkipsWhatIsNotWorkingTime() {
        // one hour from Friday 17:30 is Monday 09:30
        assertThat(calendar.plus(at("2026-11-27T17:30"), 60)).isEqualTo(at("2026-11-30T09:30"));
        // opened on Saturday: the clock starts on Monday at 09:00
        assertThat(calendar.plus(at("2026-11-28T11:00"), 240)).isEqualTo(at("2026-11-30T13:00"));
        // 72 business hours from Monday 09:00 = eight full days (9 h each) = the next Wednesday 18:00
        assertThat(calendar.plus(at("2026-11-23T09:00"), 72 * 60)).isEqualTo(at("2026-12-02T18:00"));
        // at 17:00 with 3 hours: 1 today, 2 tomorrow
        assertThat(calendar.plus(at("2026-11-24T17:00"), 180)).isEqualTo(at("2026-11-25T11:00"));
    }

    @Test
    void plusAndMinutesBetweenAgree() {
        Instant start = at("2026-11-26T16:45");
        for (long m : new long[] {1, 59, 75, 540, 541, 1000, 4321}) {
            assertThat(calendar.minutesBetween(start, calendar.plus(start, m)))
                    .as(m + " minutes")
                    .isEqualTo(m);
        }
    }
}
