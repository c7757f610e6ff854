package com.yiti.integration.web;

import com.yiti.integration.SyncFailureStatus;
import com.yiti.integration.SyncFailureView;
import com.yiti.integration.SyncJobData;
import com.yiti.integration.SyncJobManagement;
import com.yiti.integration.SyncJobView;
import com.yiti.integration.SyncRunView;
import com.yiti.integration.SyncSource;
import com.yiti.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: scheduled sync jobs, their runs and failed records as JSON ({@code /api/v1/sync-jobs}). */
@RestController
@Tag(name = "Sync jobs")
class SyncJobApiController {

    private final SyncJobManagement jobs;

    SyncJobApiController(SyncJobManagement jobs) {
        this.jobs = jobs;
    }

    /** The body of a create or change: {@code version} only for a change. */
    record SyncJobBody(
            String name,
            SyncSource source,
            String location,
            String filePattern,
            String authHeader,
            String itemsPath,
            String system,
            String kind,
            String idColumn,
            String fieldMap,
            String cron,
            String runAs,
            Boolean active,
            Long version) {

        SyncJobData data() {
            return new SyncJobData(
                    name,
                    source,
                    location,
                    filePattern,
                    authHeader,
                    itemsPath,
                    system,
                    kind,
                    idColumn == null ? "external_id" : idColumn,
                    fieldMap,
                    cron,
                    runAs,
                    active == null || active);
        }
    }

    /** A corrected record: its values by column (the id column included) and the version read. */
    record RetryBody(Map<String, String> values, Long version) {}

    record VersionBody(Long version) {}

    private static PageRequest page(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
    }

    @GetMapping("/api/v1/sync-jobs")
    @Operation(summary = "ADMIN: the sync jobs, each with its last run and open failed records")
    PageResponse<SyncJobView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(jobs.list(page(page, size)), j -> j);
    }

    @PostMapping("/api/v1/sync-jobs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "ADMIN: set up a sync job (FOLDER under the sync inbox, or REST URL; kind, system, cron, runAs)")
    SyncJobView create(@RequestBody SyncJobBody body) {
        return jobs.create(body.data());
    }

    @GetMapping("/api/v1/sync-jobs/{id}")
    @Operation(summary = "ADMIN: one sync job")
    SyncJobView get(@PathVariable long id) {
        return jobs.get(id);
    }

    @PutMapping("/api/v1/sync-jobs/{id}")
    @Operation(summary = "ADMIN: change a sync job given the version read (a blank authHeader keeps the one set)")
    SyncJobView update(@PathVariable long id, @RequestBody SyncJobBody body) {
        return jobs.update(id, body.version() == null ? -1 : body.version(), body.data());
    }

    @DeleteMapping("/api/v1/sync-jobs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ADMIN: remove a sync job with its runs and failed records")
    void delete(@PathVariable long id) {
        jobs.delete(id);
    }

    @PostMapping("/api/v1/sync-jobs/{id}/run")
    @Operation(summary = "ADMIN: run the job within half a minute, on the node that holds the scheduler's lock")
    SyncJobView run(@PathVariable long id) {
        return jobs.runNow(id);
    }

    @GetMapping("/api/v1/sync-jobs/{id}/runs")
    @Operation(summary = "ADMIN: the job's runs, newest first, with their counts")
    PageResponse<SyncRunView> runs(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(jobs.runs(id, page(page, size)), r -> r);
    }

    @GetMapping("/api/v1/sync-jobs/{id}/failures")
    @Operation(summary = "ADMIN: the job's failed records (status OPEN, FIXED, DISMISSED; none: all)")
    PageResponse<SyncFailureView> failures(
            @PathVariable long id,
            @RequestParam(required = false) SyncFailureStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(jobs.failures(id, status, page(page, size)), f -> f);
    }

    @PostMapping("/api/v1/sync-jobs/{id}/retry")
    @Operation(summary = "ADMIN: apply every open failed record again as it is; answers how many now applied")
    Map<String, Integer> retryAll(@PathVariable long id) {
        return Map.of("fixed", jobs.retryAll(id));
    }

    @GetMapping("/api/v1/sync-jobs/failures/{failureId}")
    @Operation(summary = "ADMIN: one failed record")
    SyncFailureView failure(@PathVariable long failureId) {
        return jobs.failure(failureId);
    }

    @PutMapping("/api/v1/sync-jobs/failures/{failureId}")
    @Operation(summary = "ADMIN: correct a failed record and apply it again (status FIXED, or OPEN with the new error)")
    SyncFailureView retry(@PathVariable long failureId, @RequestBody RetryBody body) {
        return jobs.retry(failureId, body.version() == null ? -1 : body.version(), body.values());
    }

    @PostMapping("/api/v1/sync-jobs/failures/{failureId}/dismiss")
    @Operation(summary = "ADMIN: dismiss a failed record given the version read")
    SyncFailureView dismiss(@PathVariable long failureId, @RequestBody VersionBody body) {
        return jobs.dismiss(failureId, body.version() == null ? -1 : body.version());
    }
}
