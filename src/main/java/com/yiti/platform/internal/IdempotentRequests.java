package com.yiti.platform.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored answers of requests sent with a key (plt_idempotent_request), per user. */
@Component
class IdempotentRequests {

    /** How long an answer is kept: a client retries within minutes, a person resubmits within hours. */
    static final Duration KEPT = Duration.ofHours(24);

    record Stored(String hash, Integer status, String contentType, String location, byte[] body) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims a key inside the caller's transaction. A parallel request with the same key waits on the unique index
     * until this transaction ends; then it fails as a duplicate (and replays) or, if this one rolled back, claims it.
     */
    void claim(String username, String key, String hash) {
        jdbc.update(
                "insert into plt_idempotent_request (username, request_key, request_hash, created_at)"
                        + " values (?, ?, ?, ?)",
                username,
                key,
                hash,
                Timestamp.from(clock.instant()));
    }

    void answer(String username, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update(
                "update plt_idempotent_request set response_status = ?, content_type = ?, location = ?,"
                        + " response_body = ? where username = ? and request_key = ?",
                status,
                contentType,
                location,
                body == null ? null : new String(body, StandardCharsets.UTF_8),
                username,
                key);
    }

    /** A claimed key whose answer is not worth keeping (a form shown again with its errors): free it. */
    void release(String username, String key) {
        jdbc.update("delete from plt_idempotent_request where username = ? and request_key = ?", username, key);
    }

    Optional<Stored> find(String username, String key) {
        return jdbc
                .query(
                        "select request_hash, response_status, content_type, location, response_body"
                                + " from plt_idempotent_request where username = ? and request_key = ?",
                        (rs, i) -> new Stored(
                                rs.getString(1),
                                (Integer) rs.getObject(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5) == null ? null : rs.getString(5).getBytes(StandardCharsets.UTF_8)),
                        username,
                        key)
                .stream()
                .findFirst();
    }

    /** Forgets answers older than {@link #KEPT}, a bounded batch at a time; returns how many. */
    int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(KEPT));
        int total = 0;
        int deleted;
        do {
            java.util.List<Long> ids = jdbc.queryForList(
                    "select id from plt_idempotent_request where created_at < ? order by id limit 1000",
                    Long.class,
                    before);
            deleted = ids.isEmpty()
                    ? 0
                    : jdbc.update(
                            "delete from plt_idempotent_request where 1 = 1" + com.yiti.shared.SqlIds.andIn("id", ids));
            total += deleted;
        } while (deleted == 1000);
        return total;
    }
}
