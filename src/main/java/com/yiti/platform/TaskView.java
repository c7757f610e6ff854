package com.yiti.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task as shown in the inbox and on the API. */
public record TaskView(
        long id,
        String titleKey,
        List<String> titleArgs,
        String link,
        Long assigneeUserId,
        Role assigneeRole,
        LocalDate dueDate,
        TaskStatus status,
        String rule,
        String recordRef,
        Instant createdAt,
        Instant completedAt,
        String completedBy) {

    public boolean overdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
