package com.yiti.notification.internal;

import com.yiti.notification.NotificationKind;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** Which channels, besides the bell, carry one kind of notification to one user ({@code EMAIL}, {@code CHANNEL:3}). */
@Entity
@Table(name = "ntf_preference")
@Audited
public class Preference extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(length = 200)
    private String channels;

    protected Preference() {}

    public Preference(long userId, NotificationKind kind) {
        this.userId = userId;
        this.kind = kind;
    }

    public Set<String> channels() {
        return channels == null || channels.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(channels.split(",")));
    }

    public void setChannels(Set<String> codes) {
        String joined = String.join(",", codes);
        this.channels = joined.isEmpty() ? null : joined;
    }

    public Long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }
}
