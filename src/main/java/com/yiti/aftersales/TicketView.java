package com.yiti.aftersales;

import java.time.Instant;

/**
 * A ticket with its clock: business minutes used and left for the first response and for the resolution, and the SLA
 * state (at risk from 80% of the target used).
 */
public record TicketView(
        long id,
        String number,
        long customerId,
        String customerName,
        Long contactId,
        Long orderId,
        Long productId,
        TicketType type,
        TicketPriority priority,
        TicketChannel channel,
        String subject,
        String description,
        Long assigneeId,
        String assigneeName,
        TicketStatus status,
        Instant openedAt,
        Instant firstRespondedAt,
        Instant resolvedAt,
        Instant closedAt,
        String resolution,
        Integer csat,
        String csatComment,
        RootCause rootCause,
        long firstResponseTargetMinutes,
        long firstResponseUsedMinutes,
        long resolutionTargetMinutes,
        long resolutionUsedMinutes,
        SlaState sla,
        String createdBy,
        String lotNumber,
        long version) {

    public long resolutionLeftMinutes() {
        return resolutionTargetMinutes - resolutionUsedMinutes;
    }

    public long firstResponseLeftMinutes() {
        return firstResponseTargetMinutes - firstResponseUsedMinutes;
    }

    /** "3 h 20 min" style split of a signed minute count. */
    public static long hours(long minutes) {
        return Math.abs(minutes) / 60;
    }

    public static long minutesOfHour(long minutes) {
        return Math.abs(minutes) % 60;
    }
}
