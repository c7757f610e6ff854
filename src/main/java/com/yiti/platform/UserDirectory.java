package com.yiti.platform;

import com.yiti.platform.internal.SalesTeams;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.Users;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is signed in, and who belongs to which sales team: what other modules need to scope their queries by owner and
 * team. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private static final String REQUEST_CACHE_KEY = UserDirectory.class.getName() + ".current";
    private static final String NAMES_CACHE_KEY = UserDirectory.class.getName() + ".names";

    private final Users users;
    private final SalesTeams teams;

    UserDirectory(Users users, SalesTeams teams) {
        this.users = users;
        this.teams = teams;
    }

    /** The signed-in user, looked up once per request. Empty for anonymous requests and background jobs. */
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(REQUEST_CACHE_KEY, RequestAttributes.SCOPE_REQUEST)
                        instanceof CurrentUser cached
                && cached.username().equals(auth.getName())) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> found = users.findByUsername(auth.getName()).map(UserDirectory::toCurrentUser);
        if (request != null && found.isPresent()) {
            request.setAttribute(REQUEST_CACHE_KEY, found.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return found;
    }

    /** The signed-in user; fails for anonymous callers (which the security configuration never lets this far). */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(UserDirectory::toSummary);
    }

    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(UserDirectory::toSummary);
    }

    /** Enabled users holding a role, e.g. to pick a rep as owner. */
    public List<UserSummary> enabledUsersWithRole(Role role) {
        return users.findEnabledByRole(role).stream()
                .map(UserDirectory::toSummary)
                .toList();
    }

    /** Enabled users holding a role who have an e-mail address (whom to notify), with the language they read. */
    public List<MailContact> mailContactsWithRole(Role role) {
        return users.findEnabledByRole(role).stream()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u ->
                        new MailContact(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLanguage()))
                .toList();
    }

    /** The manager of the user's sales team, if the user is in a team that has one (e.g. to approve a discount). */
    public Optional<Long> teamManagerOf(long userId) {
        return users.findById(userId)
                .map(User::getTeamId)
                .flatMap(teams::findById)
                .map(team -> team.getManagerId())
                .filter(id -> id != userId);
    }

    /** Ids of the members of every team the given user manages (empty for users who manage no team). */
    public Set<Long> membersOfTeamsManagedBy(long managerId) {
        return teams.findByManagerId(managerId).stream()
                .flatMap(team -> users.findByTeamId(team.getId()).stream())
                .map(User::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The CRM row-level scope of a user; see {@link SalesScope}. */
    public SalesScope salesScope(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return new SalesScope(true, false, Set.of());
        }
        Set<Long> owners = new java.util.HashSet<>();
        if (user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER)) {
            owners.add(user.id());
        }
        if (user.hasRole(Role.SALES_MANAGER)) {
            owners.addAll(membersOfTeamsManagedBy(user.id()));
        }
        if (user.hasRole(Role.MANAGER)) {
            return new SalesScope(true, true, Set.of());
        }
        return new SalesScope(false, false, owners);
    }

    /** The scope of a user who is about to change CRM records; read-only and empty scopes are refused (403). */
    public SalesScope writableSalesScope(CurrentUser user) {
        SalesScope scope = salesScope(user);
        if (scope.readOnly() || scope.none()) {
            throw new org.springframework.security.access.AccessDeniedException("no write access to sales records");
        }
        return scope;
    }

    /** Whether this user may be made owner of a record within the scope: an enabled sales user inside it. */
    public boolean isAssignableOwner(SalesScope scope, long ownerId) {
        return users.findById(ownerId)
                .filter(u -> u.isEnabled()
                        && (u.getRoles().contains(Role.SALES_REP)
                                || u.getRoles().contains(Role.SALES_MANAGER)))
                .filter(u -> scope.includes(u.getId()))
                .isPresent();
    }

    /** The people a user may make owner of a CRM record: themself, their teams' reps, or any sales user for ADMIN. */
    public List<UserSummary> assignableOwners(CurrentUser user) {
        return salesScope(user).readOnly() ? List.of() : visibleOwners(user);
    }

    /** The sales users whose records this user sees: the choices of an "owner" filter. */
    public List<UserSummary> visibleOwners(CurrentUser user) {
        SalesScope scope = salesScope(user);
        return users.findEnabledByRoles(java.util.EnumSet.of(Role.SALES_REP, Role.SALES_MANAGER)).stream()
                .filter(u -> scope.includes(u.getId()))
                .map(UserDirectory::toSummary)
                .sorted(java.util.Comparator.comparing(UserSummary::displayName))
                .toList();
    }

    /** Display names by id, for lists that show owners. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        // a page's panels each name their owners: within one request a name is read once (one projection query)
        java.util.Map<Long, String> known = com.yiti.shared.RequestMemo.of(NAMES_CACHE_KEY);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (Long id : new java.util.HashSet<>(ids)) {
            if (known != null && known.containsKey(id)) {
                names.put(id, known.get(id));
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            users.displayNamesOf(missing).forEach(r -> names.put((Long) r[0], (String) r[1]));
            if (known != null) {
                missing.forEach(id -> known.put(id, names.get(id)));
            }
        }
        names.values().removeIf(java.util.Objects::isNull);
        return names;
    }

    static CurrentUser toCurrentUser(User u) {
        return new CurrentUser(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRoles(),
                u.getTeamId(),
                ZoneId.of(u.getTimeZone()));
    }

    static UserSummary toSummary(User u) {
        return new UserSummary(
                u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getTeamId(), u.isEnabled());
    }
}
