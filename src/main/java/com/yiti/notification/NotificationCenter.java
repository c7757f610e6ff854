package com.yiti.notification;

import com.yiti.notification.internal.Notification;
import com.yiti.notification.internal.Notifications;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling people things (issue 19): a module notifies a user or every holder of a role, in its own transaction; the
 * reader sees them under the bell, newest first, and marks them read. A reader only ever sees their own.
 */
@Service
@Transactional
public class NotificationCenter {

    private final Notifications notifications;
    private final UserDirectory directory;
    private final Clock clock;
    private final com.yiti.notification.internal.Preferences preferences;
    private final com.yiti.notification.internal.Deliveries deliveries;
    private final org.springframework.context.ApplicationEventPublisher events;

    NotificationCenter(
            Notifications notifications,
            UserDirectory directory,
            Clock clock,
            com.yiti.notification.internal.Preferences preferences,
            com.yiti.notification.internal.Deliveries deliveries,
            org.springframework.context.ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.events = events;
    }

    /**
     * Tells one user: under the bell, and through every channel he chose for the notification's kind (a delivery per
     * channel written in this transaction, tried after it commits; decision 051).
     */
    public void notify(long userId, String titleKey, List<String> args, String link) {
        Notification n = notifications.save(new Notification(userId, titleKey, args, link, clock.instant()));
        java.util.Set<String> channels = preferences
                .findByUserIdAndKind(userId, NotificationKind.of(titleKey))
                .map(com.yiti.notification.internal.Preference::channels)
                .orElse(java.util.Set.of());
        if (channels.isEmpty()) {
            return;
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (String channel : channels) {
            ids.add(deliveries
                    .save(new com.yiti.notification.internal.Delivery(n.getId(), userId, channel, clock.instant()))
                    .getId());
        }
        events.publishEvent(new com.yiti.notification.internal.NotificationQueued(ids));
    }

    /** Tells every enabled holder of a role. */
    public void notifyRole(Role role, String titleKey, List<String> args, String link) {
        directory.enabledUsersWithRole(role).forEach(u -> notify(u.id(), titleKey, args, link));
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> mine(Pageable pageable) {
        CurrentUser me = directory.require();
        return notifications.findByUserIdOrderByIdDesc(me.id(), pageable).map(NotificationCenter::view);
    }

    @Transactional(readOnly = true)
    public long unread() {
        return directory
                .current()
                .map(me -> notifications.countByUserIdAndReadAtIsNull(me.id()))
                .orElse(0L);
    }

    /** Marks one of the reader's notifications read and answers where it leads (someone else's is "not found"). */
    public NotificationView read(long id) {
        CurrentUser me = directory.require();
        Notification n = notifications
                .findById(id)
                .filter(x -> x.getUserId() == me.id())
                .orElseThrow(() -> new RecordNotFoundException("Notification", id));
        n.read(clock.instant());
        return view(n);
    }

    public int readAll() {
        return notifications.readAll(directory.require().id(), clock.instant());
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getTitleKey(), n.args(), n.getLink(), n.getCreatedAt(), n.getReadAt());
    }
}
