package com.yiti.platform.internal;

import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.TaskView;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "plt_task")
public class Task extends AuditedEntity {

    /** Separates title arguments in one column; a control character no user types. */
    private static final String ARG_SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_key", nullable = false, length = 100)
    private String titleKey;

    @Column(name = "title_args", length = 1000)
    private String titleArgs;

    @Column(length = 300)
    private String link;

    @Column(name = "assignee_user_id")
    private Long assigneeUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_role", length = 30)
    private Role assigneeRole;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(nullable = false, length = 60)
    private String rule;

    @Column(name = "record_ref", length = 100)
    private String recordRef;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 50)
    private String completedBy;

    protected Task() {}

    public Task(NewTask t) {
        this.titleKey = t.titleKey();
        this.titleArgs = t.titleArgs().isEmpty() ? null : String.join(ARG_SEPARATOR, t.titleArgs());
        this.link = t.link();
        this.assigneeUserId = t.assigneeUserId();
        this.assigneeRole = t.assigneeRole();
        this.dueDate = t.dueDate();
        this.rule = t.rule();
        this.recordRef = t.recordRef();
    }

    public Long getId() {
        return id;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Long getAssigneeUserId() {
        return assigneeUserId;
    }

    public Role getAssigneeRole() {
        return assigneeRole;
    }

    public void complete(String by, Instant at) {
        if (status == TaskStatus.OPEN) {
            status = TaskStatus.DONE;
            completedBy = by;
            completedAt = at;
        }
    }

    public TaskView toView() {
        List<String> args = titleArgs == null ? List.of() : Arrays.asList(titleArgs.split(ARG_SEPARATOR, -1));
        return new TaskView(
                id,
                titleKey,
                args,
                link,
                assigneeUserId,
                assigneeRole,
                dueDate,
                status,
                rule,
                recordRef,
                getCreatedAt(),
                completedAt,
                completedBy);
    }
}
