package com.yiti.integration;

import java.util.List;

/**
 * A table of the data-warehouse feed (decision 038), declared by the module that owns it: its name in the path
 * ({@code /api/v1/feed/invoices}), its columns (each a SQL expression on the module's own table, with its type and
 * meaning) and the column that says when a row last changed. Integration runs the one keyset query for all of them.
 */
public interface FeedSource {

    /** The table's name in the feed: {@code invoices}. */
    String name();

    /** What one row is. */
    String description();

    /** The module's table (one table, its own). */
    String from();

    /** The column of {@link #from()} that holds when a row last changed (indexed together with id). */
    String changedAt();

    /** The columns, {@code id} first. */
    List<FeedColumn> columns();

    /** A table declared in one expression. */
    static FeedSource of(String name, String description, String from, String changedAt, List<FeedColumn> columns) {
        record Declared(String name, String description, String from, String changedAt, List<FeedColumn> columns)
                implements FeedSource {}
        return new Declared(name, description, from, changedAt, List.copyOf(columns));
    }

    /** A column: its name in the feed, its type (integer, decimal, text, date, timestamp, boolean), SQL, meaning. */
    record FeedColumn(String name, String type, String sql, String description) {

        public static FeedColumn of(String name, String type, String description) {
            return new FeedColumn(name, type, name, description);
        }
    }
}
