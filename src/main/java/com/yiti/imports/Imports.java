package com.yiti.imports;

import com.yiti.imports.internal.ImportJob;
import com.yiti.imports.internal.ImportJobs;
import com.yiti.imports.internal.ImportSheets;
import com.yiti.imports.internal.ImportStore;
import com.yiti.imports.internal.ImportWorker;
import com.yiti.imports.internal.SheetFiles;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * ADMIN's imports: templates, upload (the file is checked as a whole at once, then dry-run in the background), the
 * dry run's row errors and error file, the choice to import the valid rows or nothing, progress and history.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class Imports {

    private final ImportJobs jobs;
    private final ImportStore store;
    private final ImportWorker worker;
    private final ImportSheets sheets;
    private final UserDirectory directory;
    private final Clock clock;

    Imports(
            ImportJobs jobs,
            ImportStore store,
            ImportWorker worker,
            ImportSheets sheets,
            UserDirectory directory,
            Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.worker = worker;
        this.sheets = sheets;
        this.directory = directory;
        this.clock = clock;
    }

    /** What can be imported, in order, with its columns. */
    @Transactional(readOnly = true)
    public List<ImportKindView> kinds() {
        return worker.kinds().stream()
                .map(k -> new ImportKindView(k.code(), k.columns(), k.keyColumns()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ImportFile template(String kind, String format) {
        return sheets.template(kind(kind), "csv".equals(format) ? "csv" : "xlsx", LocaleContextHolder.getLocale());
    }

    /**
     * Takes a file for a dry run: refused at once (and nothing kept) when it is not an .xlsx or CSV file, empty or too
     * large; otherwise a job whose dry run starts after commit.
     */
    public ImportJobView upload(String kind, String fileName, byte[] content) {
        kind(kind);
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String format = SheetFiles.format(name, content);
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh";
        ImportJob job = jobs.saveAndFlush(new ImportJob(
                kind,
                name,
                format,
                content.length,
                language,
                directory.require().username(),
                clock.instant()));
        store.saveFile(job.getId(), content);
        long id = job.getId();
        afterCommit(() -> worker.submitCheck(id));
        return job.view();
    }

    /** Imports the valid rows of a checked file (the rest are refused again, with their errors). */
    public ImportJobView run(long id) {
        ImportJob job = find(id);
        if (job.getStatus() != ImportStatus.CHECKED || job.getValidRows() == 0) {
            throw new BusinessRuleException(null, "import.notRunnable");
        }
        job.running(clock.instant());
        afterCommit(() -> worker.submitRun(id));
        return job.view();
    }

    /** The user chose to import nothing. */
    public ImportJobView cancel(long id) {
        ImportJob job = find(id);
        if (job.getStatus() != ImportStatus.CHECKED) {
            throw new BusinessRuleException(null, "import.notCancellable");
        }
        job.finish(ImportStatus.CANCELLED, clock.instant());
        return job.view();
    }

    /** A job a restart cut off is checked again from the start (then run when the user says so). */
    public ImportJobView checkAgain(long id) {
        ImportJob job = find(id);
        if (job.getStatus() != ImportStatus.INTERRUPTED) {
            throw new BusinessRuleException(null, "import.notInterrupted");
        }
        job.checking(job.getTotalRows());
        afterCommit(() -> worker.submitCheck(id));
        return job.view();
    }

    @Transactional(readOnly = true)
    public ImportJobView get(long id) {
        return find(id).view();
    }

    @Transactional(readOnly = true)
    public Page<ImportJobView> history(Pageable pageable) {
        return jobs.findAllByOrderByIdDesc(pageable).map(ImportJob::view);
    }

    @Transactional(readOnly = true)
    public Page<ImportRowErrorView> errors(long id, Pageable pageable) {
        find(id);
        return new PageImpl<>(
                store.errors(id, (int) pageable.getOffset(), pageable.getPageSize()), pageable, store.errorCount(id));
    }

    /** A refused row's errors as one line in the reader's language. */
    @Transactional(readOnly = true)
    public String describe(String kind, ImportRowErrorView error) {
        return sheets.describe(kind(kind), error, LocaleContextHolder.getLocale());
    }

    /** The uploaded file with an error column added to each refused row. */
    @Transactional(readOnly = true)
    public ImportFile errorFile(long id) {
        ImportJob job = find(id);
        if (job.getStatus() == ImportStatus.REJECTED) {
            throw new BusinessRuleException(null, "import.noErrorFile");
        }
        return sheets.errorFile(
                kind(job.getKind()),
                job.getFormat(),
                job.getFileName(),
                store.file(id),
                store.allErrors(id),
                LocaleContextHolder.getLocale());
    }

    private ImportKind kind(String code) {
        ImportKind kind = code == null ? null : worker.kind(code);
        if (kind == null) {
            throw new BusinessRuleException("kind", "import.kindUnknown");
        }
        return kind;
    }

    private ImportJob find(long id) {
        return jobs.findById(id).orElseThrow(() -> new RecordNotFoundException("Import", id));
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
