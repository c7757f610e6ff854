package com.yiti.notification;

import java.time.Instant;
import java.util.List;

/** A notification as its reader sees it: the message code and arguments (read in the reader's language), the link. */
public record NotificationView(
        long id, String titleKey, List<String> titleArgs, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
