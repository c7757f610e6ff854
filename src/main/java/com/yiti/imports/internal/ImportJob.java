package com.yiti.imports.internal;

import com.yiti.imports.ImportJobView;
import com.yiti.imports.ImportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One import: who, when, which file, how far, and what came of it (the import history). */
@Entity
@Table(name = "imp_job")
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportStatus status = ImportStatus.CHECKING;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "valid_rows", nullable = false)
    private int validRows;

    @Column(name = "error_rows", nullable = false)
    private int errorRows;

    @Column(name = "created_rows", nullable = false)
    private int createdRows;

    @Column(name = "updated_rows", nullable = false)
    private int updatedRows;

    @Column(name = "refused_rows", nullable = false)
    private int refusedRows;

    @Column(name = "file_error", length = 100)
    private String fileError;

    @Column(name = "file_error_args", length = 500)
    private String fileErrorArgs;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportJob() {}

    public ImportJob(
            String kind,
            String fileName,
            String format,
            long fileSize,
            String language,
            String createdBy,
            Instant createdAt) {
        this.kind = kind;
        this.language = language;
        this.fileName = fileName;
        this.format = format;
        this.fileSize = fileSize;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void checking(int totalRows) {
        this.status = ImportStatus.CHECKING;
        this.totalRows = totalRows;
        this.processedRows = 0;
        this.validRows = 0;
        this.errorRows = 0;
    }

    public void checked(int processed, int valid, int errors) {
        this.processedRows = processed;
        this.validRows = valid;
        this.errorRows = errors;
    }

    public void rejected(String key, List<String> args, Instant at) {
        this.status = ImportStatus.REJECTED;
        this.fileError = key;
        this.fileErrorArgs = args == null || args.isEmpty() ? null : truncate(String.join("\u001f", args), 500);
        this.finishedAt = at;
    }

    public void running(Instant at) {
        this.status = ImportStatus.RUNNING;
        this.startedAt = at;
        this.processedRows = 0;
        this.createdRows = 0;
        this.updatedRows = 0;
        this.refusedRows = 0;
    }

    public void ran(int processed, int created, int updated, int refused) {
        this.processedRows = processed;
        this.createdRows = created;
        this.updatedRows = updated;
        this.refusedRows = refused;
    }

    public void finish(ImportStatus status, Instant at) {
        this.status = status;
        if (status != ImportStatus.CHECKED) {
            this.finishedAt = at;
        }
    }

    public ImportJobView view() {
        return new ImportJobView(
                id,
                kind,
                fileName,
                format,
                fileSize,
                status,
                totalRows,
                processedRows,
                validRows,
                errorRows,
                createdRows,
                updatedRows,
                refusedRows,
                fileError,
                fileErrorArgs == null ? List.of() : Arrays.asList(fileErrorArgs.split("\u001f")),
                createdBy,
                createdAt,
                startedAt,
                finishedAt);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getValidRows() {
        return validRows;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public java.util.Locale locale() {
        return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
