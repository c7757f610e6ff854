package com.yiti.imports.internal;

import java.util.List;

/** Receives a sheet's rows in order: the file's row number (the header is row 1) and its cells (null when empty). */
@FunctionalInterface
public interface RowSink {
    void row(int number, List<String> cells);
}
