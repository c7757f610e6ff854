package com.yiti.platform.internal;

import com.yiti.platform.Role;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in. Credentials and lock state are not audited; everything an admin edits is. */
@Entity
@Table(name = "plt_user")
@Audited
public class User extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 10)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 50)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "department_id")
    private Long departmentId;

    /** The widest data scope among the user's sales roles (decision 050), read with the user: no extra statement. */
    @NotAudited
    @org.hibernate.annotations.Formula("(select max(case rs.scope when 'ALL' then 3 when 'DEPARTMENT_AND_BELOW' then 2"
            + " when 'DEPARTMENT' then 1 else 0 end) from plt_role_scope rs join plt_user_role ur on ur.role = rs.role"
            + " where ur.user_id = id)")
    private Integer scopeRank;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @NotAudited
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @NotAudited
    @Column(nullable = false)
    private boolean demo;

    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @NotAudited
    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @NotAudited
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @NotAudited
    @Column(name = "second_factor_due")
    private Instant secondFactorDue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected User() {}

    public User(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A password the user chose: nothing more to change. */
    public void changePasswordHash(String passwordHash) {
        this.passwordMustChange = false;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** A password an administrator set (new user, reset): the user must replace it at the first sign-in. */
    public void setPasswordByAdministrator(String passwordHash) {
        changePasswordHash(passwordHash);
        this.passwordMustChange = true;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The widest data scope of the user's sales roles; null for a user without one. */
    public com.yiti.platform.DataScope getDataScope() {
        return scopeRank == null ? null : com.yiti.platform.DataScope.values()[scopeRank];
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A seeded demo user: signs in with the password alone even where a second factor is required. */
    public boolean isDemo() {
        return demo;
    }

    void markDemo() {
        this.demo = true;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    void enrolTotp(String secret, long step, Instant at) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.totpEnabledAt = at;
    }

    /** A code of this time step was accepted: it and every earlier one are spent. */
    void totpUsed(long step) {
        this.totpLastStep = step;
    }

    void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = 0;
    }

    public Instant getSecondFactorDue() {
        return secondFactorDue;
    }

    void secondFactorDue(Instant due) {
        this.secondFactorDue = due;
    }
}
