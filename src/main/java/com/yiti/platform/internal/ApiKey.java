package com.yiti.platform.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API key. Only its SHA-256 hash is stored; the key itself is shown once, when it is created. */
@Entity
@Table(name = "plt_api_key")
@org.hibernate.envers.Audited
public class ApiKey extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @org.hibernate.envers.NotAudited
    @Column(name = "key_hash", nullable = false, unique = true, length = 64, columnDefinition = "char(64)")
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 12)
    private String keyPrefix;

    @org.hibernate.envers.NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Issued by ADMIN to another system (an API client), not by a person for himself. */
    @Column(nullable = false)
    private boolean client;

    /** A client's scopes ({@code read:orders write:orders}), space-separated; empty: the user's full rights. */
    @Column(length = 2000)
    private String scopes;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "rate_per_minute")
    private Integer ratePerMinute;

    protected ApiKey() {}

    /** A key ADMIN issues to an API client acting as a user. */
    static ApiKey client(
            Long userId,
            String name,
            String keyHash,
            String keyPrefix,
            java.util.Collection<String> scopes,
            Instant expiresAt,
            Integer ratePerMinute) {
        ApiKey key = new ApiKey(userId, name, keyHash, keyPrefix);
        key.client = true;
        key.scopes = String.join(" ", new java.util.TreeSet<>(scopes));
        key.expiresAt = expiresAt;
        key.ratePerMinute = ratePerMinute;
        return key;
    }

    public ApiKey(Long userId, String name, String keyHash, String keyPrefix) {
        this.userId = userId;
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Usable now: not revoked and not past its expiry. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean isClient() {
        return client;
    }

    /** The scopes a client key is limited to; empty for a person's own key (the user's full rights). */
    public java.util.List<String> scopeList() {
        return scopes == null || scopes.isBlank() ? java.util.List.of() : java.util.List.of(scopes.split(" "));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Integer getRatePerMinute() {
        return ratePerMinute;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
