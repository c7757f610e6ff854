package com.yiti.imports;

import java.util.List;

/**
 * What a module can import (customers, products, opening stock...). The import module reads the file, checks each
 * cell's type, required cells and codes repeated in the file, and hands the rest of the rows over a chunk at a time
 * (a few hundred) in one transaction, as the user who imports. The kind applies its own rules: with {@code write}
 * false it only says what each row would become (the dry run), with {@code write} true it creates or updates by code.
 * A row it refuses is left out; it never throws for one bad row.
 */
public interface ImportKind {

    /** The kind's code in URLs and messages ({@code customers}). */
    String code();

    /** Position in lists. */
    int order();

    List<ImportColumn> columns();

    /** The columns whose values identify a record (a re-import updates it); repeated in one file they are refused. */
    List<String> keyColumns();

    List<RowResult> process(List<ImportRow> rows, boolean write);
}
