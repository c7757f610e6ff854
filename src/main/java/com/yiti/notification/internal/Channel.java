package com.yiti.notification.internal;

import com.yiti.notification.ChannelKind;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A robot or webhook notifications may go to (decision 051). */
@Entity
@Table(name = "ntf_channel")
@Audited
public class Channel extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChannelKind kind;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false)
    private boolean enabled;

    protected Channel() {}

    public Channel(String name, ChannelKind kind, String url, boolean enabled) {
        change(name, kind, url, enabled);
    }

    public void change(String name, ChannelKind kind, String url, boolean enabled) {
        this.name = name;
        this.kind = kind;
        this.url = url;
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
