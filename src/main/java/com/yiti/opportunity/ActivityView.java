package com.yiti.opportunity;

import java.time.Instant;
import java.time.LocalDate;

public record ActivityView(
        long id,
        ActivityType type,
        String subject,
        String notes,
        Long customerId,
        Long leadId,
        Long opportunityId,
        long ownerId,
        String ownerName,
        Instant occurredAt,
        LocalDate dueDate,
        boolean done,
        Instant doneAt,
        long version,
        Instant createdAt) {

    public boolean overdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    /** Where the activity's record lives, for links from the task inbox. */
    public String recordLink() {
        if (opportunityId != null) {
            return "/opportunities/" + opportunityId;
        }
        if (leadId != null) {
            return "/leads/" + leadId;
        }
        return "/customers/" + customerId;
    }
}
