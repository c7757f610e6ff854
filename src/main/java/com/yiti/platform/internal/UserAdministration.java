package com.yiti.platform.internal;

import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.Role;
import com.yiti.platform.SecurityEventType;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN's user maintenance (departments: {@link com.yiti.platform.DepartmentManagement}). Every change lands in the Envers history with who made it. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** What an admin edits on a user. */
    public record UserDetails(
            String displayName,
            String email,
            Set<Role> roles,
            Long departmentId,
            String language,
            String timeZone,
            boolean enabled) {}

    public record CreatedUser(long id, String initialPassword) {}

    /** One entry of a user's change history. */
    public record UserRevision(
            long revision,
            Instant at,
            String by,
            AuditEntry.ChangeType type,
            String displayName,
            String email,
            boolean enabled,
            Set<Role> roles,
            String departmentName,
            String language) {}

    private final Users users;
    private final Departments departments;
    private final PasswordEncoder encoder;
    private final AuditHistory auditHistory;
    private final SignedInSessions sessions;
    private final com.yiti.platform.SecurityLog log;

    UserAdministration(
            Users users,
            Departments departments,
            PasswordEncoder encoder,
            AuditHistory auditHistory,
            SignedInSessions sessions,
            com.yiti.platform.SecurityLog log) {
        this.log = log;
        this.sessions = sessions;
        this.users = users;
        this.departments = departments;
        this.encoder = encoder;
        this.auditHistory = auditHistory;
    }

    @Transactional(readOnly = true)
    public Page<User> search(String query, Pageable pageable) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return users.search(q, pageable);
    }

    @Transactional(readOnly = true)
    public User get(long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    /** Creates a user with a random initial password, returned once so the admin can hand it over. */
    public CreatedUser create(String username, UserDetails details) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (users.existsByUsername(name)) {
            throw new BusinessRuleException("username", "user.usernameTaken");
        }
        validate(details);
        String password = Secrets.randomPassword();
        User user = new User(name, details.displayName().trim(), encoder.encode(password));
        user.setPasswordByAdministrator(user.getPasswordHash());
        apply(user, details);
        users.save(user);
        log.record(SecurityEventType.USER_CREATED, name, "by " + actor() + ", roles " + sorted(details.roles()));
        return new CreatedUser(user.getId(), password);
    }

    public void update(long id, long expectedVersion, UserDetails details, String actingUsername) {
        User user = get(id);
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("User", id);
        }
        validate(details);
        if (user.getUsername().equals(actingUsername)) {
            if (!details.enabled()) {
                throw new BusinessRuleException("enabled", "user.cannotDisableSelf");
            }
            if (!details.roles().contains(Role.ADMIN)) {
                throw new BusinessRuleException("roles", "user.cannotDropOwnAdmin");
            }
        }
        Set<Role> before = user.getRoles();
        boolean rolesChanged = !before.equals(details.roles());
        boolean disabled = user.isEnabled() && !details.enabled();
        boolean enabled = !user.isEnabled() && details.enabled();
        if (rolesChanged) {
            log.record(
                    SecurityEventType.ROLES_CHANGED,
                    user.getUsername(),
                    "by " + actingUsername + ": " + sorted(before) + " -> " + sorted(details.roles()));
        }
        if (disabled || enabled) {
            log.record(
                    disabled ? SecurityEventType.ACCOUNT_DISABLED : SecurityEventType.ACCOUNT_ENABLED,
                    user.getUsername(),
                    "by " + actingUsername);
        }
        apply(user, details);
        users.flush();
        if (rolesChanged || disabled) {
            // what the user may do changed: every open session ends (they sign in again with the new roles)
            sessions.endAfterCommit(user.getUsername(), null);
        }
    }

    public void setEnabled(long id, boolean enabled, String actingUsername) {
        User user = get(id);
        if (!enabled && user.getUsername().equals(actingUsername)) {
            throw new BusinessRuleException("enabled", "user.cannotDisableSelf");
        }
        if (user.isEnabled() != enabled) {
            log.record(
                    enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
                    user.getUsername(),
                    "by " + actingUsername);
        }
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.endAfterCommit(user.getUsername(), null);
        }
    }

    /** Sets a new random password (also lifting a lockout) and returns it, once. */
    public String resetPassword(long id) {
        User user = get(id);
        String password = Secrets.randomPassword();
        user.setPasswordByAdministrator(encoder.encode(password));
        sessions.endAfterCommit(user.getUsername(), null);
        log.record(SecurityEventType.PASSWORD_RESET, user.getUsername(), "by " + actor());
        return password;
    }

    @Transactional(readOnly = true)
    public List<UserRevision> history(long id) {
        get(id);
        Map<Long, String> departmentNames =
                departments.findAll().stream().collect(Collectors.toMap(Department::getId, Department::getName));
        return auditHistory.of(User.class, id).stream()
                .map(entry -> {
                    User u = entry.state();
                    return new UserRevision(
                            entry.revision(),
                            entry.at(),
                            entry.by(),
                            entry.type(),
                            u.getDisplayName(),
                            u.getEmail(),
                            u.isEnabled(),
                            u.getRoles(),
                            u.getDepartmentId() == null ? null : departmentNames.get(u.getDepartmentId()),
                            u.getLanguage());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Department> departments() {
        return departments.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Map<Long, User> usersById(List<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(User::getId, Function.identity()));
    }

    private static String actor() {
        return SecurityAuditor.currentUsername();
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }

    private void validate(UserDetails details) {
        if (details.roles() == null || details.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "user.rolesRequired");
        }
        if (details.departmentId() != null && !departments.existsById(details.departmentId())) {
            throw new BusinessRuleException("departmentId", "user.departmentUnknown");
        }
        if (details.language() != null
                && !details.language().isBlank()
                && Languages.parse(details.language()).isEmpty()) {
            throw new BusinessRuleException("language", "language.unsupported");
        }
        try {
            ZoneId.of(details.timeZone());
        } catch (RuntimeException e) {
            throw new BusinessRuleException("timeZone", "user.timeZoneUnknown");
        }
    }

    private static void apply(User user, UserDetails details) {
        user.setDisplayName(details.displayName().trim());
        user.setEmail(
                details.email() == null || details.email().isBlank()
                        ? null
                        : details.email().trim());
        user.setRoles(details.roles());
        user.setDepartmentId(details.departmentId());
        user.setLanguage(
                details.language() == null || details.language().isBlank()
                        ? null
                        : Languages.tag(Languages.parse(details.language()).orElseThrow()));
        user.setTimeZone(details.timeZone());
        user.setEnabled(details.enabled());
    }
}
