package com.yiti.integration;

import com.yiti.integration.internal.SyncFailure;
import com.yiti.integration.internal.SyncFailures;
import com.yiti.integration.internal.SyncJob;
import com.yiti.integration.internal.SyncJobs;
import com.yiti.integration.internal.SyncRun;
import com.yiti.integration.internal.SyncRunner;
import com.yiti.integration.internal.SyncRuns;
import com.yiti.integration.internal.SyncSources;
import com.yiti.platform.OutboundTargets;
import com.yiti.platform.UserDirectory;
import com.yiti.platform.UserSummary;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADMIN's scheduled sync jobs (decision 039): set up, run now, read the runs, and correct the records a run could not
 * apply (each retried as the job's user, by its external id) or dismiss them. The runs themselves are made by the
 * scheduler ({@code SyncScheduler}), one node at a time.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SyncJobManagement {

    private static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {};

    private final SyncJobs jobs;
    private final SyncRuns runs;
    private final SyncFailures failures;
    private final SyncRunner runner;
    private final SyncSources sources;
    private final OutboundTargets targets;
    private final ExternalSync sync;
    private final UserDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    SyncJobManagement(
            SyncJobs jobs,
            SyncRuns runs,
            SyncFailures failures,
            SyncRunner runner,
            SyncSources sources,
            OutboundTargets targets,
            ExternalSync sync,
            UserDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.failures = failures;
        this.runner = runner;
        this.sources = sources;
        this.targets = targets;
        this.sync = sync;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<SyncJobView> list(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        return jobs.findAll(sorted).map(this::view);
    }

    @Transactional(readOnly = true)
    public SyncJobView get(long id) {
        return view(find(id));
    }

    /** The kinds a job can push: those other modules declared. */
    @Transactional(readOnly = true)
    public List<String> kinds() {
        return sync.kinds();
    }

    public SyncJobView create(SyncJobData data) {
        check(data, null);
        SyncJob job = SyncJob.of(data);
        job.scheduled(data.active() ? runner.nextTime(job.getCron(), clock.instant()) : null);
        return view(jobs.saveAndFlush(job));
    }

    public SyncJobView update(long id, long expectedVersion, SyncJobData data) {
        SyncJob job = find(id);
        if (job.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("SyncJob", id);
        }
        check(data, id);
        job.change(data, false);
        job.scheduled(data.active() ? runner.nextTime(job.getCron(), clock.instant()) : null);
        return view(jobs.saveAndFlush(job));
    }

    /** Deletes the job with its runs and failed records (the records it applied stay). */
    public void delete(long id) {
        jobs.delete(find(id));
    }

    /** Asks the scheduler to run the job within half a minute (on whichever node holds the lock). */
    public SyncJobView runNow(long id) {
        SyncJob job = find(id);
        job.requestRun(clock.instant());
        return view(job);
    }

    @Transactional(readOnly = true)
    public Page<SyncRunView> runs(long jobId, Pageable pageable) {
        find(jobId);
        return runs.findByJobIdOrderByIdDesc(jobId, pageable).map(SyncRun::toView);
    }

    @Transactional(readOnly = true)
    public SyncRunView run(long runId) {
        return runs.findById(runId)
                .map(SyncRun::toView)
                .orElseThrow(() -> new RecordNotFoundException("SyncRun", runId));
    }

    /** The job's failed records, newest first; {@code status} null for all. */
    @Transactional(readOnly = true)
    public Page<SyncFailureView> failures(long jobId, SyncFailureStatus status, Pageable pageable) {
        find(jobId);
        Page<SyncFailure> page = status == null
                ? failures.findByJobIdOrderByIdDesc(jobId, pageable)
                : failures.findByJobIdAndStatusOrderByIdDesc(jobId, status, pageable);
        return page.map(this::view);
    }

    @Transactional(readOnly = true)
    public SyncFailureView failure(long failureId) {
        return view(findFailure(failureId));
    }

    /**
     * Applies the record with the corrected values (its external id is the job's id column); fixed when applied, else
     * kept open with the new error. Refused when another hand changed it since it was read.
     */
    public SyncFailureView retry(long failureId, long expectedVersion, Map<String, String> values) {
        SyncFailure f = findFailure(failureId);
        if (f.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("SyncFailure", failureId);
        }
        if (f.getStatus() != SyncFailureStatus.OPEN) {
            throw new BusinessRuleException(null, "sync.failure.notOpen");
        }
        return retryOne(f, values == null ? values(f) : clean(values));
    }

    /** Tries every open failure of the job again as it is (after the cause was fixed elsewhere); returns how many now applied. */
    public int retryAll(long jobId) {
        find(jobId);
        int fixed = 0;
        for (SyncFailure f : failures.findByJobIdAndStatusOrderByIdDesc(
                        jobId, SyncFailureStatus.OPEN, PageRequest.of(0, 500))
                .getContent()) {
            if (retryOne(f, values(f)).status() == SyncFailureStatus.FIXED) {
                fixed++;
            }
        }
        return fixed;
    }

    public SyncFailureView dismiss(long failureId, long expectedVersion) {
        SyncFailure f = findFailure(failureId);
        if (f.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("SyncFailure", failureId);
        }
        if (f.getStatus() != SyncFailureStatus.OPEN) {
            throw new BusinessRuleException(null, "sync.failure.notOpen");
        }
        f.dismiss(clock.instant(), directory.require().username());
        return view(failures.saveAndFlush(f));
    }

    private SyncFailureView retryOne(SyncFailure f, Map<String, String> values) {
        SyncJob job = find(f.getJobId());
        String externalId = values.get(job.getIdColumn());
        String record = json.writeValueAsString(values);
        Optional<BusinessRuleException> refused = runner.applyOne(job, externalId, values);
        if (refused.isEmpty()) {
            f.fixed(record, externalId, clock.instant(), directory.require().username());
        } else {
            BusinessRuleException e = refused.get();
            f.triedAgain(record, externalId);
            f.error(
                    e.field(),
                    e.code(),
                    e.args() == null
                            ? List.of()
                            : java.util.Arrays.stream(e.args())
                                    .map(String::valueOf)
                                    .toList());
        }
        return view(failures.saveAndFlush(f));
    }

    private Map<String, String> values(SyncFailure f) {
        return json.readValue(f.getRecordJson(), VALUES);
    }

    private static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k != null && !k.isBlank() && v != null && !v.isBlank()) {
                clean.put(k.strip(), v.strip());
            }
        });
        return clean;
    }

    private void check(SyncJobData d, Long id) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (d.name().strip().length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        if (id == null
                ? jobs.existsByNameIgnoreCase(d.name().strip())
                : jobs.existsByNameIgnoreCaseAndIdNot(d.name().strip(), id)) {
            throw new BusinessRuleException("name", "sync.name.taken");
        }
        if (d.source() == null) {
            throw new BusinessRuleException("source", "field.required");
        }
        if (d.location() == null || d.location().isBlank()) {
            throw new BusinessRuleException("location", "field.required");
        }
        if (d.location().length() > 500) {
            throw new BusinessRuleException("location", "field.tooLong", 500);
        }
        if (d.source() == SyncSource.FOLDER) {
            sources.folder(d.location());
            if (d.filePattern() != null && d.filePattern().length() > 100) {
                throw new BusinessRuleException("filePattern", "field.tooLong", 100);
            }
        } else {
            try {
                targets.check(d.location());
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException("location", e.code(), e.args());
            }
            if (d.itemsPath() != null
                    && !d.itemsPath().isBlank()
                    && !d.itemsPath().strip().startsWith("/")) {
                throw new BusinessRuleException("itemsPath", "sync.itemsPath.invalid");
            }
        }
        if (d.system() == null || !SYSTEM.matcher(d.system().strip()).matches()) {
            throw new BusinessRuleException("system", "external.system");
        }
        if (d.kind() == null || !sync.kinds().contains(d.kind().strip())) {
            throw new BusinessRuleException("kind", "sync.kind.unknown");
        }
        if (d.idColumn() == null || d.idColumn().isBlank()) {
            throw new BusinessRuleException("idColumn", "field.required");
        }
        if (d.fieldMap() != null && d.fieldMap().length() > 2000) {
            throw new BusinessRuleException("fieldMap", "field.tooLong", 2000);
        }
        if (d.cron() == null || !CronExpression.isValidExpression(d.cron().strip())) {
            throw new BusinessRuleException("cron", "sync.cron.invalid");
        }
        UserSummary user = d.runAs() == null
                ? null
                : directory.findByUsername(d.runAs().strip()).orElse(null);
        if (user == null || !user.enabled()) {
            throw new BusinessRuleException("runAs", "sync.runAs.unknown", d.runAs());
        }
    }

    private SyncJob find(long id) {
        return jobs.findById(id).orElseThrow(() -> new RecordNotFoundException("SyncJob", id));
    }

    private SyncFailure findFailure(long id) {
        return failures.findById(id).orElseThrow(() -> new RecordNotFoundException("SyncFailure", id));
    }

    private SyncFailureView view(SyncFailure f) {
        return f.toView(values(f));
    }

    private SyncJobView view(SyncJob j) {
        SyncRunView last = j.getLastRunId() == null
                ? null
                : runs.findById(j.getLastRunId()).map(SyncRun::toView).orElse(null);
        return new SyncJobView(
                j.getId(),
                j.getName(),
                j.getSource(),
                j.getLocation(),
                j.getFilePattern(),
                j.getAuthHeader() != null,
                j.getItemsPath(),
                j.getSystem(),
                j.getKind(),
                j.getIdColumn(),
                j.getFieldMap(),
                j.getCron(),
                j.getRunAs(),
                j.isActive(),
                j.getNextRunAt(),
                j.getRunRequestedAt(),
                last,
                failures.countByJobIdAndStatus(j.getId(), SyncFailureStatus.OPEN),
                j.getVersion());
    }
}
