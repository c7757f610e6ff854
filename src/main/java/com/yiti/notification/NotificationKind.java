package com.yiti.notification;

/**
 * What a notification is about, for choosing the channels that carry it (decision 051): something waiting for the
 * reader's decision (an approval to give, a reminder of one), news of what the reader submitted (a step passed, an
 * approval or a rejection with its comment), anything else.
 */
public enum NotificationKind {
    APPROVAL_TO_DECIDE,
    APPROVAL_NEWS,
    GENERAL;

    /** The kind of a notification by its message code. */
    public static NotificationKind of(String titleKey) {
        if (titleKey.startsWith("approval.news.")) {
            return APPROVAL_NEWS;
        }
        if (titleKey.startsWith("approval.")) {
            return APPROVAL_TO_DECIDE;
        }
        return GENERAL;
    }
}
