package com.yiti.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security event log: one JSON line per event on the separate {@code yiti.security} logger (for the log
 * shipper) and one row in {@code plt_security_event} (for ADMIN's filtered page). Callers pass facts, never a
 * password, key, token or session id. Inside a transaction the event is written once it commits (a role change
 * that rolled back did not happen).
 */
@Component
public class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("yiti.security");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One row of the log as ADMIN sees it. */
    public record Event(long id, Instant at, SecurityEventType type, String username, String address, String detail) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event of the current request (its address) by the given user. */
    public void record(SecurityEventType type, String username, String detail) {
        record(type, username, currentAddress(), detail);
    }

    public void record(SecurityEventType type, String username, String address, String detail) {
        Instant at = clock.instant();
        String user = cut(username, 100);
        String addr = cut(address, 64);
        String text = cut(detail, 500);
        Runnable write = () -> write(at, type, user, addr, text);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    private void write(Instant at, SecurityEventType type, String username, String address, String detail) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", at.toString());
        line.put("event", type.name());
        line.put("user", username);
        line.put("address", address);
        line.put("detail", detail);
        LOG.info(JSON.writeValueAsString(line));
        jdbc.update(
                "insert into plt_security_event (occurred_at, type, username, address, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(at),
                type.name(),
                username,
                address,
                detail);
    }

    /** ADMIN's view: newest first, filtered by type, user and period. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<Event> search(SecurityEventType type, String username, Instant from, Instant to, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (type != null) {
            where.append(" and type = ?");
            args.add(type.name());
        }
        if (username != null && !username.isBlank()) {
            where.append(" and username = ?");
            args.add(username.trim());
        }
        if (from != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        Long total = jdbc.queryForObject("select count(*) from plt_security_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new java.util.ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<Event> rows = jdbc.query(
                "select id, occurred_at, type, username, address, detail from plt_security_event" + where
                        + " order by id desc limit ? offset ?",
                (rs, i) -> new Event(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        SecurityEventType.valueOf(rs.getString("type")),
                        rs.getString("username"),
                        rs.getString("address"),
                        rs.getString("detail")),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
