package com.yiti.imports;

import java.util.List;

/** What became of a row: a new record, an update of the record with its code, or refused with its errors. */
public record RowResult(int number, Outcome outcome, List<RowError> errors) {

    public enum Outcome {
        CREATED,
        UPDATED,
        REFUSED
    }

    public static RowResult created(int number) {
        return new RowResult(number, Outcome.CREATED, List.of());
    }

    public static RowResult updated(int number) {
        return new RowResult(number, Outcome.UPDATED, List.of());
    }

    public static RowResult refused(int number, List<RowError> errors) {
        return new RowResult(number, Outcome.REFUSED, errors);
    }

    public static RowResult refused(int number, RowError error) {
        return refused(number, List.of(error));
    }
}
