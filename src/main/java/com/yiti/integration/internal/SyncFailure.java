package com.yiti.integration.internal;

import com.yiti.integration.SyncFailureStatus;
import com.yiti.integration.SyncFailureView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A record a run could not apply, kept with its values and its error until corrected and applied, or dismissed. */
@Entity
@Table(name = "int_sync_failure")
public class SyncFailure {

    private static final String SEP = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "record_no", nullable = false)
    private int recordNo;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @Lob
    @Column(name = "record_json", nullable = false, columnDefinition = "longtext")
    private String recordJson;

    @Column(name = "error_field", length = 100)
    private String errorField;

    @Column(name = "error_code", nullable = false, length = 100)
    private String errorCode;

    @Column(name = "error_args", length = 1000)
    private String errorArgs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SyncFailureStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 50)
    private String resolvedBy;

    protected SyncFailure() {}

    public SyncFailure(long jobId, long runId, int recordNo, String externalId, String recordJson, Instant at) {
        this.jobId = jobId;
        this.runId = runId;
        this.recordNo = recordNo;
        this.externalId = externalId == null ? null : externalId.substring(0, Math.min(100, externalId.length()));
        this.recordJson = recordJson;
        this.createdAt = at;
        this.status = SyncFailureStatus.OPEN;
        this.attempts = 1;
    }

    public void error(String field, String code, List<String> args) {
        this.errorField = field == null ? null : field.substring(0, Math.min(100, field.length()));
        this.errorCode = code;
        String joined = args == null || args.isEmpty() ? null : String.join(SEP, args);
        this.errorArgs = joined == null ? null : joined.substring(0, Math.min(1000, joined.length()));
    }

    /** Corrected values tried again and refused again. */
    public void triedAgain(String recordJson, String externalId) {
        this.recordJson = recordJson;
        this.externalId = externalId;
        this.attempts++;
    }

    public void fixed(String recordJson, String externalId, Instant at, String by) {
        this.recordJson = recordJson;
        this.externalId = externalId;
        this.attempts++;
        this.status = SyncFailureStatus.FIXED;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    public void dismiss(Instant at, String by) {
        this.status = SyncFailureStatus.DISMISSED;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getJobId() {
        return jobId;
    }

    public String getRecordJson() {
        return recordJson;
    }

    public SyncFailureStatus getStatus() {
        return status;
    }

    public SyncFailureView toView(Map<String, String> values) {
        return new SyncFailureView(
                id,
                jobId,
                runId,
                recordNo,
                externalId,
                values,
                errorField,
                errorCode,
                errorArgs == null ? List.of() : Arrays.asList(errorArgs.split(SEP)),
                status,
                attempts,
                createdAt,
                resolvedAt,
                resolvedBy,
                version);
    }
}
