package com.yiti.imports;

import java.util.List;

/** Why a row cannot be imported: the column (a key, or null for the row as a whole) and a message with arguments. */
public record RowError(String column, String messageKey, List<String> args) {

    public RowError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A module's refusal as a row error: its field named as the import's column (renamed where they differ). */
    public static RowError of(com.yiti.shared.BusinessRuleException refusal, java.util.Map<String, String> columns) {
        String field = refusal.field() == null ? null : columns.getOrDefault(refusal.field(), refusal.field());
        return of(field, refusal.code(), refusal.args());
    }

    public static RowError of(String column, String messageKey, Object... args) {
        return new RowError(
                column,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
