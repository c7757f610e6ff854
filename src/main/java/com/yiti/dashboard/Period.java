package com.yiti.dashboard;

import com.yiti.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period (both days included) and the one it is compared with: the same span one month, quarter or
 * year earlier for the presets, the same number of days just before for a custom period.
 */
public record Period(Preset preset, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {

    public enum Preset {
        THIS_MONTH,
        LAST_MONTH,
        QUARTER_TO_DATE,
        YEAR_TO_DATE,
        CUSTOM
    }

    public static Period of(Preset preset, LocalDate from, LocalDate to, LocalDate today) {
        Preset p = preset == null ? Preset.THIS_MONTH : preset;
        return switch (p) {
            case THIS_MONTH -> shifted(p, today.withDayOfMonth(1), today, 1);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield shifted(p, first, first.plusMonths(1).minusDays(1), 1);
            }
            case QUARTER_TO_DATE -> {
                LocalDate first = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
                        .withDayOfMonth(1);
                yield shifted(p, first, today, 3);
            }
            case YEAR_TO_DATE -> shifted(p, today.withDayOfYear(1), today, 12);
            case CUSTOM -> custom(from, to);
        };
    }

    private static Period shifted(Preset p, LocalDate from, LocalDate to, int months) {
        LocalDate previousFrom = from.minusMonths(months);
        LocalDate previousTo = to.minusMonths(months);
        if (p == Preset.LAST_MONTH) {
            previousTo = previousFrom.plusMonths(1).minusDays(1);
        }
        return new Period(p, from, to, previousFrom, previousTo);
    }

    private static Period custom(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new BusinessRuleException("from", "field.required");
        }
        if (to == null) {
            throw new BusinessRuleException("to", "field.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "dashboard.periodOrder");
        }
        if (ChronoUnit.DAYS.between(from, to) > 3 * 366) {
            throw new BusinessRuleException("to", "dashboard.periodTooLong");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(Preset.CUSTOM, from, to, from.minusDays(days), from.minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public int fromMonth() {
        return from.getYear() * 100 + from.getMonthValue();
    }

    public int toMonth() {
        return to.getYear() * 100 + to.getMonthValue();
    }

    /** Rankings by customer and product are kept per month: a period not made of whole months is ranked by them. */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && (to.plusDays(1).getDayOfMonth() == 1 || preset != Preset.CUSTOM);
    }
}
