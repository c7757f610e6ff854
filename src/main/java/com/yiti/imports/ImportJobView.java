package com.yiti.imports;

import java.time.Instant;
import java.util.List;

/** An import as its page and the API show it, with its progress. */
public record ImportJobView(
        long id,
        String kind,
        String fileName,
        String format,
        long fileSize,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int validRows,
        int errorRows,
        int createdRows,
        int updatedRows,
        int refusedRows,
        String fileError,
        List<String> fileErrorArgs,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** 0–100 for the progress bar. */
    public int percent() {
        return totalRows == 0 ? (status.busy() ? 0 : 100) : (int) Math.min(100, processedRows * 100L / totalRows);
    }
}
