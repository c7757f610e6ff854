package com.yiti.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's sessions, kept by Spring Session in the database (so every node sees the same): listed on the profile
 * page as signed-in devices, ended one by one by their owner, and all ended when an administrator changes the
 * user's roles, disables the account or resets the password, or when the user changes the password (then the other
 * sessions end, the current one stays). Ending happens after the change commits.
 */
@Component
public class SignedInSessions {

    /** Session attributes written at sign-in: what the devices list shows. */
    static final String USER_AGENT = "yiti.device.userAgent";

    static final String ADDRESS = "yiti.device.address";

    /** A session older than this ends whatever its activity (beside the idle timeout). */
    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    /** One signed-in device; {@code handle} names it without revealing the session id. */
    public record Device(
            String handle,
            String userAgent,
            String address,
            Instant signedInAt,
            Instant lastActiveAt,
            boolean current) {}

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final com.yiti.platform.SecurityLog log;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, com.yiti.platform.SecurityLog log) {
        this.sessions = sessions;
        this.log = log;
    }

    public List<Device> devices(String username, String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new Device(
                        handle(s.getId()),
                        s.getAttribute(USER_AGENT),
                        s.getAttribute(ADDRESS),
                        s.getCreationTime(),
                        s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(Device::lastActiveAt).reversed())
                .toList();
    }

    /** Ends one of the user's own sessions by its handle; false when the user has no such session. */
    public boolean end(String username, String handle) {
        for (Map.Entry<String, ? extends Session> s :
                sessions.findByPrincipalName(username).entrySet()) {
            if (handle(s.getKey()).equals(handle)) {
                sessions.deleteById(s.getKey());
                log.record(
                        com.yiti.platform.SecurityEventType.SESSION_ENDED, username, "device signed out by the user");
                return true;
            }
        }
        return false;
    }

    /** Ends every session of the user but {@code keepSessionId} (null: all), once the current transaction commits. */
    public void endAfterCommit(String username, String keepSessionId) {
        Runnable end = () -> {
            List<String> ended = sessions.findByPrincipalName(username).keySet().stream()
                    .filter(id -> !id.equals(keepSessionId))
                    .toList();
            ended.forEach(sessions::deleteById);
            if (!ended.isEmpty()) {
                log.record(
                        com.yiti.platform.SecurityEventType.SESSION_ENDED,
                        username,
                        ended.size() + " session(s) ended after an account change");
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    static String handle(String sessionId) {
        return Secrets.sha256(sessionId).substring(0, 16);
    }
}
