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

    private final Tasks tasks;
    private final Clock clock;

    TaskManagement(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
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
