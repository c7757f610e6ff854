package com.yiti.imports;

/**
 * A column of an import: its key (labels are the messages {@code import.<kind>.<key>} and help
 * {@code import.<kind>.<key>.help}), whether every row needs it, the template's example value and how cells are read.
 */
public record ImportColumn(String key, boolean required, ColumnType type, String example) {

    public static ImportColumn required(String key, ColumnType type, String example) {
        return new ImportColumn(key, true, type, example);
    }

    public static ImportColumn optional(String key, ColumnType type, String example) {
        return new ImportColumn(key, false, type, example);
    }
}
