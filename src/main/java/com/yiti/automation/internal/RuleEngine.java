package com.yiti.automation.internal;

import com.yiti.automation.AutomationEvent;
import com.yiti.automation.AutomationFieldSet;
import com.yiti.automation.RuleAction;
import com.yiti.notification.NotificationCenter;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.FactCondition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the rules (decision 053). After the event's transaction commits (the event publication registry resumes a run
 * cut short by a crash), every active rule of the event whose condition holds on the event's facts gets a run: logged
 * first, then its actions in a transaction of their own — so a failing action never undoes the business change, and
 * the run's tasks, notifications and field changes commit together or not at all. A failed run is tried again after
 * one and two minutes, then shown as FAILED with a task for ADMIN. A rule that has run five times within a minute on
 * one record is in a loop (its own action keeps raising its event): the run is stopped, logged as LOOP, ADMIN told.
 */
@Component
public class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    static final String RULE = "automation";
    static final int LOOP_RUNS = 5;
    static final Duration LOOP_WINDOW = Duration.ofMinutes(1);

    private final Rules rules;
    private final RuleRuns runs;
    private final TaskManagement tasks;
    private final NotificationCenter notifications;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate own;

    RuleEngine(
            Rules rules,
            RuleRuns runs,
            TaskManagement tasks,
            NotificationCenter notifications,
            UserDirectory directory,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone) {
        this.rules = rules;
        this.runs = runs;
        this.tasks = tasks;
        this.notifications = notifications;
        this.directory = directory;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(AutomationEvent event) {
        List<Rule> matching = own.execute(tx -> rules.findByEventAndActiveTrueOrderById(event.event()).stream()
                .filter(r -> FactCondition.parse(r.getCondition()).holds(event.facts(), amount(event)))
                .toList());
        for (Rule rule : matching) {
            Long runId = own.execute(tx -> start(rule, event));
            if (runId != null) {
                execute(runId);
            }
        }
    }

    /** Logs the run; answers null when the rule is looping on this record (logged as LOOP, ADMIN told). */
    private Long start(Rule rule, AutomationEvent event) {
        // runs of one rule are logged one at a time (its row locked for this short transaction): the loop count is
        // exact
        rules.lock(rule.getId());
        Instant now = clock.instant();
        RuleRun run = runs.save(
                new RuleRun(rule.getId(), event.event(), event.recordRef(), json.writeValueAsString(event), now));
        long recent = runs.countSince(rule.getId(), run.getRecordRef(), now.minus(LOOP_WINDOW));
        if (recent > LOOP_RUNS) {
            run.loop(now, "stopped: " + recent + " runs on " + event.recordRef() + " within a minute");
            notifications.notifyRole(
                    Role.ADMIN,
                    "automation.loop",
                    List.of(rule.getName(), event.recordRef()),
                    "/admin/automation-rules/" + rule.getId());
            log.warn("Automation rule {} stopped looping on {}", rule.getId(), event.recordRef());
            return null;
        }
        return run.getId();
    }

    /** Runs (again) the actions of a logged run, in a transaction of their own; the outcome is logged either way. */
    void execute(long runId) {
        try {
            own.executeWithoutResult(tx -> {
                RuleRun run = runs.lock(runId).orElseThrow();
                Rule rule = rules.findById(run.getRuleId()).orElseThrow();
                AutomationEvent event = json.readValue(run.getPayload(), AutomationEvent.class);
                List<String> done = new ArrayList<>();
                for (RuleAction a : rule.actionList()) {
                    done.add(perform(rule, a, event));
                }
                run.done(clock.instant(), String.join("; ", done));
            });
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            own.executeWithoutResult(tx -> runs.findById(runId).ifPresent(run -> {
                if (run.failed(clock.instant(), error)) {
                    Rule rule = rules.findById(run.getRuleId()).orElseThrow();
                    tasks.raise(new NewTask(
                            "automation.task.failed",
                            List.of(rule.getName(), run.getRecordRef(), error),
                            "/admin/automation-rules/" + rule.getId(),
                            null,
                            Role.ADMIN,
                            LocalDate.now(clock.withZone(zone)),
                            RULE + "-failed",
                            "run:" + run.getId()));
                }
            }));
            log.info("Automation run {} failed: {}", runId, error);
        }
    }

    private String perform(Rule rule, RuleAction a, AutomationEvent e) {
        List<String> args = List.of(rule.getName(), e.recordRef(), e.customerName() == null ? "" : e.customerName());
        switch (a.kind()) {
            case TASK -> {
                Target t = target(a.target(), e);
                tasks.raise(new NewTask(
                        "automation.task",
                        args,
                        e.link(),
                        t.user(),
                        t.role(),
                        LocalDate.now(clock.withZone(zone)),
                        RULE + ":" + rule.getId(),
                        e.recordRef()));
                return "task " + a.target();
            }
            case NOTIFY -> {
                Target t = target(a.target(), e);
                if (t.user() != null) {
                    notifications.notify(t.user(), "automation.notice", args, e.link());
                } else {
                    notifications.notifyRole(t.role(), "automation.notice", args, e.link());
                }
                return "notified " + a.target();
            }
            case TAG -> {
                if (e.customerId() == null) {
                    throw new IllegalStateException("the event has no customer to tag");
                }
                events.publishEvent(new AutomationFieldSet("customer", e.customerId(), "tag", a.value(), rule.getId()));
                return "tagged " + a.value();
            }
        }
        throw new IllegalStateException(a.kind().name());
    }

    private record Target(Long user, Role role) {}

    private Target target(String target, AutomationEvent e) {
        if (target.startsWith("USER:")) {
            return new Target(Long.parseLong(target.substring(5)), null);
        }
        if (target.startsWith("ROLE:")) {
            return new Target(null, Role.valueOf(target.substring(5)));
        }
        if (e.ownerId() == null) {
            throw new IllegalStateException("the record has no owner");
        }
        if (target.equals("OWNER")) {
            return new Target(e.ownerId(), null);
        }
        // the owner's department head; the managers where there is none
        return directory
                .departmentHeadOf(e.ownerId())
                .map(h -> new Target(h, null))
                .orElse(new Target(null, Role.MANAGER));
    }

    private static BigDecimal amount(AutomationEvent e) {
        try {
            String a = e.facts().get("amount");
            return a == null ? BigDecimal.ZERO : new BigDecimal(a);
        } catch (NumberFormatException ex) {
            return BigDecimal.ZERO;
        }
    }

    /** Tries the failed runs that are due again, 50 at a time. */
    public int retryDue() {
        List<Long> due = own.execute(tx -> runs.due(clock.instant(), PageRequest.of(0, 50)));
        due.forEach(this::execute);
        return due.size();
    }

    /** Every minute, on one node at a time. */
    @Component
    @ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Job {

        private final RuleEngine engine;

        Job(RuleEngine engine) {
            this.engine = engine;
        }

        @Scheduled(initialDelayString = "PT45S", fixedDelayString = "PT60S")
        @SchedulerLock(name = "automation-retries", lockAtMostFor = "PT10M")
        void retry() {
            while (engine.retryDue() == 50) {
                // worked through in batches
            }
        }
    }
}
