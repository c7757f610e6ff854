package com.yiti.integration.internal;

import com.yiti.integration.SyncRunStatus;
import com.yiti.integration.SyncRunView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of a sync job. {@code recordsDone} is the checkpoint: it moves in the transaction that applies (or keeps as
 * failed) each record, so after a crash it says exactly which records are in.
 */
@Entity
@Table(name = "int_sync_run")
public class SyncRun {

    private static final String SEP = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "triggered_by", nullable = false, length = 50)
    private String triggeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SyncRunStatus status;

    @Column(name = "source_name", length = 500)
    private String sourceName;

    @Column(name = "source_digest", length = 64)
    private String sourceDigest;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "resumed_from")
    private Long resumedFrom;

    @Column(name = "resume_at", nullable = false)
    private int resumeAt;

    @Column(name = "records_done", nullable = false)
    private int recordsDone;

    private Integer total;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "failed_count", nullable = false)
    private int failed;

    @Column(name = "error_text", length = 500)
    private String error;

    protected SyncRun() {}

    public SyncRun(long jobId, String triggeredBy, Instant startedAt) {
        this.jobId = jobId;
        this.triggeredBy = triggeredBy;
        this.startedAt = startedAt;
        this.status = SyncRunStatus.RUNNING;
    }

    public void reading(String sourceName, String digest, int total, SyncRun interrupted) {
        this.sourceName = sourceName == null ? null : abbreviate(sourceName, 500);
        this.sourceDigest = digest;
        this.total = total;
        if (interrupted != null) {
            this.resumedFrom = interrupted.getId();
            this.resumeAt = interrupted.recordsDone;
            this.recordsDone = interrupted.recordsDone;
        }
    }

    public void applied(int recordNo, boolean createdOne) {
        this.recordsDone = recordNo;
        if (createdOne) {
            created++;
        } else {
            updated++;
        }
    }

    public void failedOne(int recordNo) {
        this.recordsDone = recordNo;
        failed++;
    }

    public void finish(Instant at) {
        this.finishedAt = at;
        this.status = failed > 0 ? SyncRunStatus.PARTIAL : SyncRunStatus.SUCCEEDED;
    }

    public void nothing(Instant at) {
        this.finishedAt = at;
        this.status = SyncRunStatus.NOTHING;
    }

    /** The source could not be read: the error as a message code and its arguments. */
    public void fail(Instant at, String code, java.util.List<String> args) {
        this.finishedAt = at;
        this.status = SyncRunStatus.FAILED;
        String joined = args == null || args.isEmpty() ? code : code + SEP + String.join(SEP, args);
        this.error = abbreviate(joined, 500);
    }

    /** The node stopped while it ran: the next run continues after {@code recordsDone}. */
    public void interrupted(Instant noticedAt) {
        this.finishedAt = noticedAt;
        this.status = SyncRunStatus.INTERRUPTED;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getJobId() {
        return jobId;
    }

    public SyncRunStatus getStatus() {
        return status;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceDigest() {
        return sourceDigest;
    }

    public int getRecordsDone() {
        return recordsDone;
    }

    public int getFailed() {
        return failed;
    }

    public Integer getTotal() {
        return total;
    }

    public String getError() {
        return error;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public SyncRunView toView() {
        return new SyncRunView(
                id,
                jobId,
                triggeredBy,
                status,
                sourceName,
                startedAt,
                finishedAt,
                resumedFrom,
                resumeAt,
                recordsDone,
                total,
                created,
                updated,
                failed,
                error == null ? null : error.split(SEP)[0],
                error == null
                        ? java.util.List.of()
                        : java.util.Arrays.asList(error.split(SEP)).subList(1, error.split(SEP).length));
    }
}
