package com.yiti.imports;

/** How a column's cells are read: dates from Excel dates or yyyy-mm-dd text, numbers as plain decimals. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE
}
