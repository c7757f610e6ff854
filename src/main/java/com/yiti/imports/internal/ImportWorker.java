package com.yiti.imports.internal;

import com.yiti.imports.ImportFileException;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.ImportStatus;
import com.yiti.imports.RowError;
import com.yiti.imports.RowResult;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time, as the user who uploaded them: the dry run (every row checked, its
 * errors stored, nothing written) and the run (the valid rows written a chunk per transaction, progress after each
 * chunk). A job cut off by a restart is marked INTERRUPTED; running it again updates by code, so nothing doubles.
 */
@Component
public class ImportWorker {

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final ImportStore store;
    private final Map<String, ImportKind> kinds = new HashMap<>();
    private final MessageSource messages;
    private final TransactionTemplate own;
    private final TransactionTemplate ownReadOnly;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yiti-import");
        t.setDaemon(true);
        return t;
    });

    ImportWorker(
            ImportJobs jobs,
            ImportStore store,
            List<ImportKind> kinds,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.store = store;
        kinds.forEach(k -> this.kinds.put(k.code(), k));
        this.messages = messages;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownReadOnly = new TransactionTemplate(transactions);
        this.ownReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownReadOnly.setReadOnly(true);
    }

    public ImportKind kind(String code) {
        return kinds.get(code);
    }

    public List<ImportKind> kinds() {
        return kinds.values().stream()
                .sorted(java.util.Comparator.comparingInt(ImportKind::order))
                .toList();
    }

    public void submitCheck(long jobId) {
        executor.submit(() -> work(jobId, false));
    }

    public void submitRun(long jobId) {
        executor.submit(() -> work(jobId, true));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Jobs a stopped server left half done: INTERRUPTED, to be checked or run again by the user. */
    @EventListener(ApplicationReadyEvent.class)
    void interrupted() {
        own.executeWithoutResult(status -> jobs.findByStatusIn(List.of(ImportStatus.CHECKING, ImportStatus.RUNNING))
                .forEach(j -> j.finish(ImportStatus.INTERRUPTED, clock.instant())));
    }

    private void work(long jobId, boolean write) {
        ImportJob job = jobs.findById(jobId).orElse(null);
        if (job == null) {
            return;
        }
        try {
            SystemActor.runAs(job.getCreatedBy(), Role.ADMIN, () -> {
                if (write) {
                    run(job);
                } else {
                    check(job);
                }
                return null;
            });
        } catch (ImportFileException e) {
            update(
                    jobId,
                    j -> j.rejected(
                            e.code(),
                            java.util.Arrays.stream(e.args())
                                    .map(String::valueOf)
                                    .toList(),
                            clock.instant()));
        } catch (RuntimeException e) {
            log.error("Import {} failed", jobId, e);
            update(jobId, j -> j.finish(ImportStatus.INTERRUPTED, clock.instant()));
        }
    }

    private void check(ImportJob job) {
        long id = job.getId();
        byte[] file = store.file(id);
        AtomicInteger lines = new AtomicInteger();
        SheetFiles.read(job.getFormat(), file, (n, cells) -> lines.incrementAndGet());
        int rows = lines.get() - 1;
        if (rows <= 0) {
            throw new ImportFileException("import.file.noRows");
        }
        own.executeWithoutResult(s -> store.clearErrors(id));
        update(id, j -> j.checking(rows));
        Pass pass = new Pass(job, false);
        SheetFiles.read(job.getFormat(), file, pass::row);
        pass.flush();
        update(id, j -> {
            j.checked(pass.processed, pass.processed - pass.refused, pass.refused);
            j.finish(ImportStatus.CHECKED, clock.instant());
        });
    }

    private void run(ImportJob job) {
        long id = job.getId();
        byte[] file = store.file(id);
        own.executeWithoutResult(s -> store.clearErrors(id));
        update(id, j -> j.running(clock.instant()));
        Pass pass = new Pass(job, true);
        SheetFiles.read(job.getFormat(), file, pass::row);
        pass.flush();
        update(id, j -> {
            j.ran(pass.processed, pass.created, pass.updated, pass.refused);
            j.finish(ImportStatus.DONE, clock.instant());
        });
    }

    private void update(long id, Consumer<ImportJob> change) {
        own.executeWithoutResult(s -> jobs.findById(id).ifPresent(change));
    }

    /** One pass over the file: rows checked for their cells, then handed to the kind a chunk at a time. */
    private final class Pass {
        private final ImportJob job;
        private final ImportKind kind;
        private final boolean write;
        private final Locale locale;
        private final Map<String, Integer> keys = new HashMap<>();
        private final List<ImportRow> chunk = new ArrayList<>();
        private final List<Map.Entry<Integer, RowError>> errors = new ArrayList<>();
        private ImportHeader header;
        private int processed;
        private int created;
        private int updated;
        private int refused;
        private int storedErrors;

        Pass(ImportJob job, boolean write) {
            this.job = job;
            this.kind = kinds.get(job.getKind());
            this.write = write;
            this.locale = job.locale();
        }

        void row(int number, List<String> cells) {
            if (header == null) {
                header = ImportHeader.of(kind, cells, messages, locale);
                return;
            }
            List<RowError> rowErrors = new ArrayList<>();
            ImportRow row = header.row(number, cells, rowErrors);
            List<String> keyColumns = kind.keyColumns();
            StringBuilder key = new StringBuilder();
            for (String column : keyColumns) {
                String value = row.text(column);
                key.append(value == null ? "" : value.toUpperCase(Locale.ROOT)).append('\u001f');
            }
            if (keyColumns.stream().allMatch(c -> row.text(c) != null)) {
                Integer first = keys.putIfAbsent(key.toString(), number);
                if (first != null) {
                    rowErrors.add(RowError.of(keyColumns.get(0), "import.row.duplicateInFile", first));
                }
            }
            if (rowErrors.isEmpty()) {
                chunk.add(row);
            } else {
                refuse(number, rowErrors);
                processed++;
            }
            if (chunk.size() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                List<RowResult> results = process(new ArrayList<>(chunk));
                for (RowResult r : results) {
                    switch (r.outcome()) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case REFUSED -> refuse(r.number(), r.errors());
                    }
                }
                processed += chunk.size();
                chunk.clear();
            }
            List<Map.Entry<Integer, RowError>> batch = new ArrayList<>(errors);
            errors.clear();
            int p = processed;
            int c = created;
            int u = updated;
            int f = refused;
            own.executeWithoutResult(s -> {
                store.addErrors(job.getId(), batch);
                jobs.findById(job.getId()).ifPresent(j -> {
                    if (write) {
                        j.ran(p, c, u, f);
                    } else {
                        j.checked(p, p - f, f);
                    }
                });
            });
        }

        /**
         * A chunk in one transaction. A module's facade that refuses a row marks the whole transaction for rollback,
         * so when the chunk cannot commit, each row goes again in a transaction of its own: a refused row keeps the
         * reason the kind gave (its writes roll back, as they should), any other failure refuses just that row.
         */
        private List<RowResult> process(List<ImportRow> rows) {
            List<List<RowResult>> seen = new ArrayList<>();
            try {
                (write ? own : ownReadOnly).executeWithoutResult(s -> seen.add(kind.process(rows, write)));
                return seen.get(0);
            } catch (RuntimeException e) {
                if (rows.size() == 1) {
                    ImportRow row = rows.get(0);
                    if (!seen.isEmpty()
                            && seen.get(0).size() == 1
                            && seen.get(0).get(0).outcome() == RowResult.Outcome.REFUSED) {
                        return seen.get(0);
                    }
                    log.warn("Import {}: row {} failed", job.getId(), row.number(), e);
                    return List.of(RowResult.refused(row.number(), RowError.of(null, "import.row.failed")));
                }
                List<RowResult> results = new ArrayList<>();
                for (ImportRow row : rows) {
                    results.addAll(process(List.of(row)));
                }
                return results;
            }
        }

        private void refuse(int number, List<RowError> rowErrors) {
            refused++;
            for (RowError e : rowErrors) {
                if (storedErrors++ < ImportStore.MAX_ERRORS) {
                    errors.add(new AbstractMap.SimpleEntry<>(number, e));
                }
            }
        }
    }
}
