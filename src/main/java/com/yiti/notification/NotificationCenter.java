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

    NotificationCenter(Notifications notifications, UserDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
    }

    /** Tells one user. */
    public void notify(long userId, String titleKey, List<String> args, String link) {
        notifications.save(new Notification(userId, titleKey, args, link, clock.instant()));
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
