package com.yiti.integration.internal;

import com.yiti.imports.ImportRow;
import com.yiti.integration.ExternalRecordView;
import com.yiti.integration.ExternalSync;
import com.yiti.integration.SyncRunStatus;
import com.yiti.integration.SyncSource;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import com.yiti.platform.UserSummary;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a sync job (decision 039); the caller holds the job's lock, so no other node runs it now and a run still marked
 * running was left by a node that stopped: it becomes interrupted, and the next run of the same content continues
 * after its checkpoint. Each record is applied through {@link ExternalSync} (by external id, so a record applied twice
 * is changed, never duplicated) in its own transaction, which also moves the checkpoint; a record refused is kept as a
 * failure with its values and error in a transaction of its own, and the run goes on. A run with failures, a source
 * that cannot be read or an interrupted run raise a task and a mail for ADMIN.
 */
@Component
public class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncJobs jobs;
    private final SyncRuns runs;
    private final SyncFailures failures;
    private final SyncSources sources;
    private final ExternalSync sync;
    private final SyncAlerts alerts;
    private final EventMetrics metrics;
    private final UserDirectory directory;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;

    SyncRunner(
            SyncJobs jobs,
            SyncRuns runs,
            SyncFailures failures,
            SyncSources sources,
            ExternalSync sync,
            SyncAlerts alerts,
            EventMetrics metrics,
            UserDirectory directory,
            JsonMapper json,
            Clock clock,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone,
            PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.runs = runs;
        this.failures = failures;
        this.sources = sources;
        this.sync = sync;
        this.alerts = alerts;
        this.metrics = metrics;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The job's next time by its cron expression (Beijing time), after {@code from}. */
    public Instant nextTime(String cron, Instant from) {
        var next = CronExpression.parse(cron).next(from.atZone(zone));
        return next == null ? null : next.toInstant();
    }

    /** Runs the job now: every waiting file of a folder job (a run each), or one fetch of a REST job. */
    public List<Long> run(long jobId, String trigger) {
        SyncJob job = transaction.execute(s -> jobs.findById(jobId).orElseThrow());
        abandonRunning(job);
        List<Long> made = new ArrayList<>();
        try {
            Set<Role> roles = rolesOf(job);
            while (true) {
                Optional<SyncSources.Batch> batch;
                try {
                    batch = sources.next(job);
                } catch (SyncSources.Unreadable e) {
                    made.add(failedRun(job, trigger, e));
                    if (job.getSource() == SyncSource.FOLDER && !"sync.source.noFolder".equals(e.code())) {
                        continue; // the unreadable file went to failed/: the next one is read
                    }
                    break;
                }
                if (batch.isEmpty()) {
                    if (made.isEmpty()) {
                        made.add(emptyRun(job, trigger));
                    }
                    break;
                }
                made.add(runBatch(job, trigger, roles, batch.get()));
                if (job.getSource() == SyncSource.REST) {
                    break;
                }
            }
        } catch (SyncSources.Unreadable e) {
            made.add(failedRun(job, trigger, e));
        } finally {
            transaction.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(j -> {
                j.scheduled(j.isActive() ? nextTime(j.getCron(), clock.instant()) : null);
                if (!made.isEmpty()) {
                    j.ran(made.get(made.size() - 1));
                }
            }));
        }
        return made;
    }

    private void abandonRunning(SyncJob job) {
        transaction.executeWithoutResult(s -> {
            for (SyncRun left : runs.findByJobIdAndStatus(job.getId(), SyncRunStatus.RUNNING)) {
                left.interrupted(clock.instant());
                log.warn(
                        "Sync job {}: run {} was left running at record {}",
                        job.getName(),
                        left.getId(),
                        left.getRecordsDone());
                alerts.attention(job, left);
            }
        });
    }

    private Set<Role> rolesOf(SyncJob job) {
        UserSummary user = directory
                .findByUsername(job.getRunAs())
                .filter(UserSummary::enabled)
                .orElseThrow(() -> new SyncSources.Unreadable(job.getRunAs(), "sync.runAs.unknown", job.getRunAs()));
        return user.roles();
    }

    private long emptyRun(SyncJob job, String trigger) {
        return transaction.execute(s -> {
            SyncRun run = new SyncRun(job.getId(), trigger, clock.instant());
            run.nothing(clock.instant());
            return runs.save(run).getId();
        });
    }

    private long failedRun(SyncJob job, String trigger, SyncSources.Unreadable e) {
        Instant started = clock.instant();
        long id = transaction.execute(s -> {
            SyncRun run = new SyncRun(job.getId(), trigger, started);
            run.reading(e.name(), null, 0, null);
            run.fail(clock.instant(), e.code(), e.args());
            runs.save(run);
            alerts.attention(job, run);
            return run.getId();
        });
        metrics.syncRun(job.getName(), SyncRunStatus.FAILED.name(), Duration.between(started, clock.instant()));
        return id;
    }

    private long runBatch(SyncJob job, String trigger, Set<Role> roles, SyncSources.Batch batch) {
        Instant started = clock.instant();
        long runId = transaction.execute(s -> {
            SyncRun interrupted = runs.findFirstByJobIdAndStatusAndSourceDigestOrderByIdDesc(
                            job.getId(), SyncRunStatus.INTERRUPTED, batch.digest())
                    .filter(r -> !runs.existsByResumedFrom(r.getId()))
                    .orElse(null);
            SyncRun run = new SyncRun(job.getId(), trigger, started);
            run.reading(batch.name(), batch.digest(), batch.rows().size(), interrupted);
            return runs.save(run).getId();
        });
        int from = transaction.execute(s -> runs.findById(runId).orElseThrow().getRecordsDone());
        List<ImportRow> rows = batch.rows();
        for (int i = from; i < rows.size(); i++) {
            apply(job, roles, runId, i + 1, rows.get(i));
        }
        SyncRun ended = transaction.execute(s -> {
            SyncRun run = runs.findById(runId).orElseThrow();
            run.finish(clock.instant());
            if (run.getStatus() == SyncRunStatus.PARTIAL) {
                alerts.attention(job, run);
            } else {
                alerts.cleared(job);
            }
            return run;
        });
        batch.done().run();
        metrics.syncRun(job.getName(), ended.getStatus().name(), Duration.between(started, clock.instant()));
        return runId;
    }

    private void apply(SyncJob job, Set<Role> roles, long runId, int ordinal, ImportRow row) {
        String externalId = row.text(job.getIdColumn());
        String record = json.writeValueAsString(row.values());
        if (externalId == null) {
            keep(job, runId, ordinal, row.number(), null, record, job.getIdColumn(), "sync.record.noId", List.of());
            return;
        }
        try {
            ObjectNode body = body(job, row.values());
            ExternalRecordView applied = SystemActor.runAs(
                    job.getRunAs(),
                    roles,
                    () -> transaction.execute(s -> {
                        ExternalRecordView v = sync.upsert(job.getSystem(), job.getKind(), externalId, body);
                        runs.findById(runId).orElseThrow().applied(ordinal, v.created());
                        return v;
                    }));
            metrics.syncRecord(job.getName(), applied.created() ? "created" : "updated");
        } catch (BusinessRuleException e) {
            keep(
                    job,
                    runId,
                    ordinal,
                    row.number(),
                    externalId,
                    record,
                    column(job, e.field()),
                    e.code(),
                    args(e.args()));
        } catch (AccessDeniedException e) {
            keep(
                    job,
                    runId,
                    ordinal,
                    row.number(),
                    externalId,
                    record,
                    null,
                    "sync.record.denied",
                    List.of(job.getRunAs()));
        } catch (RecordNotFoundException e) {
            keep(job, runId, ordinal, row.number(), externalId, record, null, "sync.record.notFound", List.of());
        } catch (RuntimeException e) {
            log.warn("Sync job {}: record {} failed", job.getName(), row.number(), e);
            keep(
                    job,
                    runId,
                    ordinal,
                    row.number(),
                    externalId,
                    record,
                    null,
                    "sync.record.error",
                    List.of(e.getClass().getSimpleName()));
        }
    }

    /** Applies a corrected record by hand, as the job's user; returns the refusal, or empty when it was applied. */
    public Optional<BusinessRuleException> applyOne(SyncJob job, String externalId, Map<String, String> values) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.of(new BusinessRuleException(job.getIdColumn(), "sync.record.noId"));
        }
        Set<Role> roles = rolesOf(job);
        try {
            // its own transaction: a refusal rolls back the record's change only, not the caller's note of it
            SystemActor.runAs(
                    job.getRunAs(),
                    roles,
                    () -> separate.execute(
                            s -> sync.upsert(job.getSystem(), job.getKind(), externalId.strip(), body(job, values))));
            return Optional.empty();
        } catch (BusinessRuleException e) {
            return Optional.of(new BusinessRuleException(column(job, e.field()), e.code(), e.args()));
        } catch (AccessDeniedException e) {
            return Optional.of(new BusinessRuleException(null, "sync.record.denied", job.getRunAs()));
        }
    }

    /** The record's columns as the kind's JSON body: renamed by the job's map, without the id column. */
    ObjectNode body(SyncJob job, Map<String, String> values) {
        Map<String, String> renames = job.getRenames();
        ObjectNode body = json.createObjectNode();
        values.forEach((column, value) -> {
            if (!column.equals(job.getIdColumn()) && value != null && !value.isBlank()) {
                body.put(renames.getOrDefault(column, column), value.strip());
            }
        });
        return body;
    }

    /** The kind's field named back as the file's column where the job renames it. */
    private static String column(SyncJob job, String field) {
        if (field == null) {
            return null;
        }
        return job.getRenames().entrySet().stream()
                .filter(e -> e.getValue().equals(field))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field);
    }

    private static List<String> args(Object[] args) {
        return args == null
                ? List.of()
                : java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    private void keep(
            SyncJob job,
            long runId,
            int ordinal,
            int recordNo,
            String externalId,
            String record,
            String field,
            String code,
            List<String> args) {
        transaction.executeWithoutResult(s -> {
            SyncFailure failure = new SyncFailure(job.getId(), runId, recordNo, externalId, record, clock.instant());
            failure.error(field, code, args);
            failures.save(failure);
            runs.findById(runId).orElseThrow().failedOne(ordinal);
        });
        metrics.syncRecord(job.getName(), "failed");
    }
}
