package com.yiti.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A condition on record ids (e.g. the owners in a sales manager's team) for SQL built by hand. The ids are numbers
 * from the application, never text from a request, so they are inlined: the optimiser sees the list.
 */
public final class SqlIds {

    private SqlIds() {}

    /** {@code " AND column IN (…)"}; nothing for null (everyone), a false condition for an empty list (no one). */
    public static String andIn(String column, Collection<Long> ids) {
        if (ids == null) {
            return "";
        }
        if (ids.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
