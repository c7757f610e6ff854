package com.yiti.integration.internal;

import com.yiti.integration.SyncJobData;
import com.yiti.integration.SyncSource;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A scheduled sync job; the Authorization header and the scheduling state stay out of the audit history. */
@Entity
@Table(name = "int_sync_job")
@Audited
public class SyncJob extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SyncSource source;

    @Column(nullable = false, length = 500)
    private String location;

    @Column(name = "file_pattern", length = 100)
    private String filePattern;

    @NotAudited
    @Column(name = "auth_header", length = 500)
    private String authHeader;

    @Column(name = "items_path", length = 200)
    private String itemsPath;

    @Column(name = "system_name", nullable = false, length = 40)
    private String system;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "id_column", nullable = false, length = 100)
    private String idColumn;

    @Column(name = "field_map", length = 2000)
    private String fieldMap;

    @Column(nullable = false, length = 100)
    private String cron;

    @Column(name = "run_as", nullable = false, length = 50)
    private String runAs;

    @Column(nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @NotAudited
    @Column(name = "run_requested_at")
    private Instant runRequestedAt;

    @NotAudited
    @Column(name = "last_run_id")
    private Long lastRunId;

    protected SyncJob() {}

    public static SyncJob of(SyncJobData data) {
        SyncJob job = new SyncJob();
        job.change(data, true);
        return job;
    }

    /** Changes what ADMIN entered; a blank Authorization header keeps the one set before unless {@code clearAuth}. */
    public void change(SyncJobData d, boolean replaceAuth) {
        this.name = d.name().strip();
        this.source = d.source();
        this.location = d.location().strip();
        this.filePattern = d.source() == SyncSource.FOLDER ? blankToNull(d.filePattern()) : null;
        if (d.source() == SyncSource.FOLDER) {
            this.authHeader = null;
        } else if (replaceAuth || (d.authHeader() != null && !d.authHeader().isBlank())) {
            this.authHeader = blankToNull(d.authHeader());
        }
        this.itemsPath = d.source() == SyncSource.REST ? blankToNull(d.itemsPath()) : null;
        this.system = d.system().strip();
        this.kind = d.kind().strip();
        this.idColumn = d.idColumn().strip();
        this.fieldMap = blankToNull(d.fieldMap());
        this.cron = d.cron().strip();
        this.runAs = d.runAs().strip();
        this.active = d.active();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The column-to-field renames, {@code column=field} per line. */
    public Map<String, String> getRenames() {
        Map<String, String> map = new LinkedHashMap<>();
        if (fieldMap != null) {
            for (String line : fieldMap.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0 && eq < line.length() - 1) {
                    map.put(
                            line.substring(0, eq).strip(),
                            line.substring(eq + 1).strip());
                }
            }
        }
        return map;
    }

    public void scheduled(Instant next) {
        this.nextRunAt = next;
    }

    public void requestRun(Instant at) {
        this.runRequestedAt = at;
    }

    public void ran(long runId) {
        this.lastRunId = runId;
        this.runRequestedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SyncSource getSource() {
        return source;
    }

    public String getLocation() {
        return location;
    }

    public String getFilePattern() {
        return filePattern;
    }

    public String getAuthHeader() {
        return authHeader;
    }

    public String getItemsPath() {
        return itemsPath;
    }

    public String getSystem() {
        return system;
    }

    public String getKind() {
        return kind;
    }

    public String getIdColumn() {
        return idColumn;
    }

    public String getFieldMap() {
        return fieldMap;
    }

    public String getCron() {
        return cron;
    }

    public String getRunAs() {
        return runAs;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getRunRequestedAt() {
        return runRequestedAt;
    }

    public Long getLastRunId() {
        return lastRunId;
    }
}
