package com.yiti.integration.internal;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.MailText;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.platform.MailContact;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells ADMIN when a sync run needs attention (failed records, an unreadable source, a node that stopped midway): a
 * task in ADMIN's inbox (one open task per job, closed by the job's next clean run) and a mail to every administrator
 * with an address, queued in the run's transaction (no mail when no SMTP server is configured: the task remains).
 */
@Component
class SyncAlerts {

    static final String RULE = "integration-sync";

    private final TaskManagement tasks;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final UserDirectory directory;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String baseUrl;

    SyncAlerts(
            TaskManagement tasks,
            Outbox outbox,
            MailTemplates templates,
            UserDirectory directory,
            MessageSource messages,
            Clock clock,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone,
            @Value("${yiti.base-url}") String baseUrl) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String ref(long jobId) {
        return "sync-job:" + jobId;
    }

    /** In the run's transaction. */
    void attention(SyncJob job, SyncRun run) {
        String link = "/admin/sync-jobs/" + job.getId();
        tasks.raise(new NewTask(
                "sync.task." + run.getStatus().name(),
                List.of(job.getName(), String.valueOf(run.getFailed()), String.valueOf(run.getRecordsDone())),
                link,
                null,
                Role.ADMIN,
                LocalDate.ofInstant(clock.instant(), zone),
                RULE,
                ref(job.getId())));
        if (!outbox.available()) {
            return;
        }
        for (MailContact admin : directory.mailContactsWithRole(Role.ADMIN)) {
            String language = admin.mailLanguage();
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String error = run.toView().errorCode() == null
                    ? ""
                    : messages.getMessage(
                            run.toView().errorCode(),
                            run.toView().errorArgs().toArray(),
                            run.toView().errorCode(),
                            locale);
            MailText text = templates.render(
                    MailKind.SYNC_ALERT,
                    language,
                    Map.of(
                            "name", admin.displayName() == null ? admin.username() : admin.displayName(),
                            "job", job.getName(),
                            "status",
                                    messages.getMessage(
                                            "sync.status." + run.getStatus().name(), null, locale),
                            "read", String.valueOf(run.getRecordsDone()),
                            "failed", String.valueOf(run.getFailed()),
                            "error", error,
                            "link", baseUrl + link));
            outbox.queue(new OutgoingMail(
                    MailKind.SYNC_ALERT,
                    admin.email(),
                    text.subject(),
                    text.body(),
                    List.of(),
                    "sync-run:" + run.getId(),
                    null,
                    link));
        }
    }

    /** A clean run: the job's open task is done. */
    void cleared(SyncJob job) {
        tasks.closeFor(RULE, ref(job.getId()));
    }
}
