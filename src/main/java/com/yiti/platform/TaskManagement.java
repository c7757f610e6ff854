package com.yiti.platform;

import com.yiti.platform.internal.Task;
import com.yiti.platform.internal.Tasks;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox. Modules raise tasks for a user or a role (low stock, overdue invoice, approval needed…); the
 * assignee marks them done, or the raising rule closes them when the condition clears.
 */
@Service
@Transactional
public class TaskManagement {

    /** Records per transaction when a sweeping rule raises or closes its tasks. */
    public static final int BATCH = 500;

    private final Tasks tasks;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate batchTransaction;

    TaskManagement(
            Tasks tasks, Clock clock, org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.clock = clock;
        this.batchTransaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /**
     * For a sweeping rule (a scheduled job): raises a task for each record in alert that has no open one yet,
     * {@value #BATCH} records per short transaction of their own. {@code build} makes the tasks of one batch of
     * record refs and runs inside that batch's transaction, so it may read what the tasks name. However many records
     * are in alert, no transaction grows with them nor holds the assignees' rows (the tasks' foreign key) for long.
     * Returns how many tasks were raised.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int raiseNew(
            String rule,
            java.util.Collection<String> inAlert,
            java.util.function.Function<List<String>, List<NewTask>> build) {
        java.util.Set<String> open = new java.util.HashSet<>(tasks.findOpenRecordRefs(rule));
        List<String> fresh = inAlert.stream()
                .filter(ref -> !open.contains(ref))
                .distinct()
                .sorted()
                .toList();
        int raised = 0;
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<String> chunk = fresh.subList(from, Math.min(from + BATCH, fresh.size()));
            raised += batchTransaction.execute(status -> raiseAll(build.apply(chunk)));
        }
        return raised;
    }

    /** For a sweeping rule: closes its open tasks whose record is no longer in alert, a batch per transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int closeCleared(String rule, java.util.Set<String> inAlert) {
        List<String> cleared = tasks.findOpenRecordRefs(rule).stream()
                .filter(ref -> !inAlert.contains(ref))
                .sorted()
                .toList();
        int closed = 0;
        for (int from = 0; from < cleared.size(); from += BATCH) {
            List<String> chunk = cleared.subList(from, Math.min(from + BATCH, cleared.size()));
            closed += batchTransaction.execute(status -> closeAllFor(rule, chunk));
        }
        return closed;
    }

    /**
     * Raises a task. If the task names a record and an open task of the same rule already exists for it, that one is
     * returned instead: a rule that fires again does not fill the inbox with copies.
     */
    public TaskView raise(NewTask newTask) {
        if (newTask.recordRef() != null) {
            var existing =
                    tasks.findFirstByRuleAndRecordRefAndStatus(newTask.rule(), newTask.recordRef(), TaskStatus.OPEN);
            if (existing.isPresent()) {
                return existing.get().toView();
            }
        }
        return tasks.save(new Task(newTask)).toView();
    }

    /**
     * Raises a batch of tasks in one transaction of its own (when called outside one): a sweeping rule raises its
     * tasks a bounded batch at a time, so no transaction grows with the data nor holds the assignees' rows for long.
     * Tasks whose rule already has an open task for the record are skipped (one query for the whole batch). Returns
     * how many were raised.
     */
    public int raiseAll(java.util.Collection<NewTask> batch) {
        java.util.Map<String, java.util.Set<String>> refsByRule = new java.util.HashMap<>();
        batch.stream()
                .filter(t -> t.recordRef() != null)
                .forEach(t -> refsByRule
                        .computeIfAbsent(t.rule(), r -> new java.util.HashSet<>())
                        .add(t.recordRef()));
        java.util.Set<String> open = new java.util.HashSet<>();
        refsByRule.forEach(
                (rule, refs) -> tasks.findOpenRecordRefs(rule, refs).forEach(ref -> open.add(rule + "|" + ref)));
        List<Task> fresh = new java.util.ArrayList<>();
        for (NewTask t : batch) {
            if (t.recordRef() == null || open.add(t.rule() + "|" + t.recordRef())) {
                fresh.add(new Task(t));
            }
        }
        tasks.saveAll(fresh);
        return fresh.size();
    }

    /** Closes, in one statement, the open tasks a rule raised for these records (a bounded batch of them). */
    public int closeAllFor(String rule, java.util.Collection<String> recordRefs) {
        if (recordRefs.isEmpty()) {
            return 0;
        }
        return tasks.closeOpen(rule, recordRefs, "system", clock.instant());
    }

    /** Closes the open tasks a rule raised for a record, once what they were about has been dealt with. */
    public int closeFor(String rule, String recordRef) {
        List<Task> open = tasks.findByRuleAndRecordRefAndStatus(rule, recordRef, TaskStatus.OPEN);
        open.forEach(t -> t.complete("system", clock.instant()));
        return open.size();
    }

    /** The records a rule has open tasks for, so a sweeping rule can close those whose condition cleared. */
    @Transactional(readOnly = true)
    public java.util.Set<String> openRecordRefs(String rule) {
        return new java.util.HashSet<>(tasks.findOpenRecordRefs(rule));
    }

    /** The user's inbox: tasks assigned to them or to any of their roles, earliest due first. */
    @Transactional(readOnly = true)
    public Page<TaskView> inbox(CurrentUser user, TaskStatus status, Pageable pageable) {
        Page<Task> page = user.roles().isEmpty()
                ? tasks.findByAssigneeUserIdAndStatus(user.id(), status, pageable)
                : tasks.inbox(user.id(), user.roles(), status, pageable);
        return page.map(Task::toView);
    }

    /** Marks a task done. A task outside the user's inbox is "not found", whoever asks. */
    public TaskView complete(long taskId, CurrentUser user) {
        Task task = tasks.findById(taskId)
                .filter(t -> visibleTo(t, user))
                .orElseThrow(() -> new RecordNotFoundException("Task", taskId));
        task.complete(user.username(), clock.instant());
        return task.toView();
    }

    private static boolean visibleTo(Task t, CurrentUser user) {
        return (t.getAssigneeUserId() != null && t.getAssigneeUserId() == user.id())
                || (t.getAssigneeRole() != null && user.hasRole(t.getAssigneeRole()));
    }
}
