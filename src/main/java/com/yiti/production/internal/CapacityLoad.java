package com.yiti.production.internal;

import com.yiti.production.internal.MrpInputs.Calendar;
import com.yiti.production.internal.MrpInputs.Operation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Work-centre load by infinite forward loading (decision 042): a job's operations run one after another from its
 * start, each filling its work centre's hours day by day, working days only, whatever else is loaded there. The sum
 * per work centre and day against the calendar's hours shows where the plan asks for more than the plant has.
 */
public final class CapacityLoad {

    /** Hours of one job on one work centre on one day. */
    public record Slice(long workCentreId, LocalDate date, BigDecimal hours) {}

    private final Map<Long, List<Operation>> routings;
    private final Map<Long, Calendar> calendars;
    private final Map<Long, TreeMap<LocalDate, BigDecimal>> load = new HashMap<>();

    public CapacityLoad(Map<Long, List<Operation>> routings, Map<Long, Calendar> calendars) {
        this.routings = routings;
        this.calendars = calendars;
    }

    /** Loads a job and returns its slices (none for a product without a routing). */
    public List<Slice> add(long productId, BigDecimal quantity, LocalDate start) {
        List<Slice> slices = schedule(productId, quantity, start);
        for (Slice s : slices) {
            load.computeIfAbsent(s.workCentreId(), k -> new TreeMap<>()).merge(s.date(), s.hours(), BigDecimal::add);
        }
        return slices;
    }

    /** Where and when a job's operations run, without loading it. */
    public List<Slice> schedule(long productId, BigDecimal quantity, LocalDate start) {
        List<Slice> slices = new ArrayList<>();
        LocalDate day = start;
        for (Operation o : routings.getOrDefault(productId, List.of())) {
            Calendar c = calendars.get(o.workCentreId());
            if (c == null || c.hoursPerDay().signum() <= 0) {
                continue;
            }
            BigDecimal left = o.hours(quantity);
            int guard = 0;
            while (left.signum() > 0 && guard++ < 3660) {
                BigDecimal today = c.hoursOn(day);
                if (today.signum() > 0) {
                    BigDecimal h = left.min(today);
                    slices.add(new Slice(o.workCentreId(), day, h.setScale(2, RoundingMode.UP)));
                    left = left.subtract(h);
                }
                if (left.signum() > 0) {
                    day = day.plusDays(1);
                }
            }
        }
        return slices;
    }

    /** Hours loaded per work centre and day. */
    public Map<Long, TreeMap<LocalDate, BigDecimal>> load() {
        return load;
    }

    /** The weeks (by Monday) in which a work centre is loaded past its hours. */
    public Map<Long, java.util.Set<LocalDate>> overloadedWeeks() {
        Map<Long, java.util.Set<LocalDate>> over = new HashMap<>();
        load.forEach((wc, days) -> {
            Calendar c = calendars.get(wc);
            Map<LocalDate, BigDecimal> weekly = new TreeMap<>();
            days.forEach((d, h) -> weekly.merge(monday(d), h, BigDecimal::add));
            weekly.forEach((monday, hours) -> {
                BigDecimal capacity = BigDecimal.ZERO;
                for (int i = 0; i < 7; i++) {
                    capacity = capacity.add(c.hoursOn(monday.plusDays(i)));
                }
                if (hours.compareTo(capacity) > 0) {
                    over.computeIfAbsent(wc, k -> new java.util.TreeSet<>()).add(monday);
                }
            });
        });
        return over;
    }

    public static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
