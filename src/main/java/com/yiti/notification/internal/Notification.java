package com.yiti.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One thing a user was told; read or not. */
@Entity
@Table(name = "ntf_notification")
public class Notification {

    static final String ARG_SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "title_key", nullable = false, length = 100, updatable = false)
    private String titleKey;

    @Column(name = "title_args", length = 1000, updatable = false)
    private String titleArgs;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(long userId, String titleKey, List<String> args, String link, Instant at) {
        this.userId = userId;
        this.titleKey = titleKey;
        String joined = args == null || args.isEmpty() ? null : String.join(ARG_SEPARATOR, args);
        this.titleArgs = joined != null && joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = at;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public List<String> args() {
        return titleArgs == null ? List.of() : Arrays.asList(titleArgs.split(ARG_SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
