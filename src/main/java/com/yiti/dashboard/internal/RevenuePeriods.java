package com.yiti.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The grains of the revenue rankings: a month (M, key yyyymm), a quarter (Q, key yyyyq) and a year (Y, key yyyy).
 * Rows of owner 0 hold the sum over all owners.
 */
final class RevenuePeriods {

    static final long ALL_OWNERS = 0L;

    /** A ranking row set: its grain and key. */
    record Unit(String grain, int key) {}

    private RevenuePeriods() {}

    /** The month, quarter and year of a day, as (grain, key). */
    static List<Object[]> of(LocalDate day) {
        int y = day.getYear();
        int m = day.getMonthValue();
        return List.of(
                new Object[] {"M", y * 100 + m}, new Object[] {"Q", y * 10 + (m + 2) / 3}, new Object[] {"Y", y});
    }

    /** The (grain, key, owner) a day's revenue is added under: its month, quarter and year, for the owner and for all. */
    static List<Object[]> rowKeys(LocalDate day, long ownerId) {
        List<Object[]> keys = new ArrayList<>();
        for (Object[] unit : of(day)) {
            keys.add(new Object[] {unit[0], unit[1], ownerId});
            keys.add(new Object[] {unit[0], unit[1], ALL_OWNERS});
        }
        return keys;
    }

    /**
     * The fewest units that hold exactly the months fromMonth..toMonth (yyyymm): whole years and quarters where the
     * period covers them, months elsewhere. A year or quarter the period covers only up to toMonth is still used
     * when nothing was invoiced in its later months ({@code emptyMonths} says so for a range of months), which is
     * the case for every period that ends in the current month: quarter and year to date read one unit.
     */
    static List<Unit> units(int fromMonth, int toMonth, BiPredicate<Integer, Integer> emptyMonths) {
        List<Unit> units = new ArrayList<>();
        int y = fromMonth / 100;
        int m = fromMonth % 100;
        while (y * 100 + m <= toMonth) {
            int yearEnd = y * 100 + 12;
            int quarterEnd = y * 100 + ((m + 2) / 3) * 3;
            if (m == 1 && covers(yearEnd, toMonth, emptyMonths)) {
                units.add(new Unit("Y", y));
                y++;
            } else if (m % 3 == 1 && covers(quarterEnd, toMonth, emptyMonths)) {
                units.add(new Unit("Q", y * 10 + (m + 2) / 3));
                m += 3;
            } else {
                units.add(new Unit("M", y * 100 + m));
                m++;
            }
            if (m > 12) {
                m = 1;
                y++;
            }
        }
        return units;
    }

    private static boolean covers(int unitEnd, int toMonth, BiPredicate<Integer, Integer> emptyMonths) {
        return unitEnd <= toMonth || emptyMonths.test(next(toMonth), unitEnd);
    }

    private static int next(int month) {
        return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
    }
}
