package com.yiti.integration.internal;

import com.yiti.integration.WebhookView;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An endpoint that receives business events; the secret and the failing state stay out of the audit history. */
@Entity
@Table(name = "int_webhook")
@Audited
public class Webhook extends AuditedEntity {

    static final String ALL = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "event_types", nullable = false, length = 1000)
    private String eventTypes;

    @NotAudited
    @Column(nullable = false, length = 100)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "failing_since")
    private Instant failingSince;

    protected Webhook() {}

    public Webhook(String secret) {
        this.secret = secret;
    }

    public void change(String name, String url, List<String> types, boolean active) {
        this.name = name;
        this.url = url;
        this.eventTypes = types.isEmpty() ? ALL : String.join(",", types);
        this.active = active;
        if (!active) {
            this.failingSince = null;
        }
    }

    public boolean wants(String eventType) {
        return active && (ALL.equals(eventTypes) || types().contains(eventType));
    }

    public List<String> types() {
        return ALL.equals(eventTypes) ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public void rotate(String secret) {
        this.secret = secret;
    }

    /** A failed attempt: failing since now, unless it already was. */
    public void failed(Instant at) {
        if (failingSince == null) {
            failingSince = at;
        }
    }

    public void succeeded() {
        failingSince = null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public WebhookView toView() {
        return new WebhookView(
                id, name, url, types(), active, failingSince, secret, getVersion(), getCreatedAt(), getCreatedBy());
    }
}
