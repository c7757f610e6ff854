package com.yiti.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * A task to raise in someone's inbox. The title is a message code with arguments so each reader sees it in their own
 * language. Assigned to a user, to a role, or both (then the user and every holder of the role see it). {@code rule}
 * names what created it; with {@code recordRef} it keeps a rule from raising the same task twice for one record.
 */
public record NewTask(
        String titleKey,
        List<String> titleArgs,
        String link,
        Long assigneeUserId,
        Role assigneeRole,
        LocalDate dueDate,
        String rule,
        String recordRef) {

    public NewTask {
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
        if (assigneeUserId == null && assigneeRole == null) {
            throw new IllegalArgumentException("A task needs an assignee user or role");
        }
        if (titleKey == null || titleKey.isBlank() || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A task needs a title key and a rule");
        }
    }
}
