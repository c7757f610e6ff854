package com.yiti.platform;

import com.yiti.platform.internal.Department;
import com.yiti.platform.internal.Departments;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.Users;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
 * Who is signed in, and who belongs to which department: what other modules need to scope their queries by owner and
 * department (decision 050). Read-only.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private static final String REQUEST_CACHE_KEY = UserDirectory.class.getName() + ".current";
    private static final String NAMES_CACHE_KEY = UserDirectory.class.getName() + ".names";

    private static final String SCOPE_CACHE_KEY = UserDirectory.class.getName() + ".scope";
    private static final String TREE_CACHE_KEY = UserDirectory.class.getName() + ".tree";

    private final Users users;
    private final Departments departments;

    UserDirectory(Users users, Departments departments) {
        this.users = users;
        this.departments = departments;
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

    /** An enabled user's name, e-mail address (may be empty) and language: how to reach him outside the application. */
    public Optional<MailContact> mailContact(long userId) {
        return users.findById(userId)
                .filter(User::isEnabled)
                .map(u ->
                        new MailContact(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLanguage()));
    }

    /** Enabled users holding a role who have an e-mail address (whom to notify), with the language they read. */
    public List<MailContact> mailContactsWithRole(Role role) {
        return users.findEnabledByRole(role).stream()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u ->
                        new MailContact(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLanguage()))
                .toList();
    }

    /**
     * Who approves for the user as "the department head": the head of the user's department, or — where the user
     * heads it or it has none — the first head above (decision 050). Empty for a user without a department.
     */
    public Optional<Long> departmentHeadOf(long userId) {
        return users.findById(userId)
                .map(User::getDepartmentId)
                .flatMap(d -> firstHeadFrom(tree().get(d), Set.of(userId)));
    }

    /** The head one level up: the first head above the department whose head {@link #departmentHeadOf} answered. */
    public Optional<Long> headAboveOf(long userId) {
        Map<Long, Department> tree = tree();
        Optional<Long> head = departmentHeadOf(userId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Department d =
                users.findById(userId).map(User::getDepartmentId).map(tree::get).orElse(null);
        // walk to the department that gave the head, then look above it for someone else
        while (d != null && !head.get().equals(d.getHeadId())) {
            d = d.getParentId() == null ? null : tree.get(d.getParentId());
        }
        return d == null || d.getParentId() == null
                ? Optional.empty()
                : firstHeadFrom(tree.get(d.getParentId()), Set.of(userId, head.get()));
    }

    /** @deprecated the department head; kept for callers of the sales-team era. */
    @Deprecated
    public Optional<Long> teamManagerOf(long userId) {
        return departmentHeadOf(userId);
    }

    /** Ids of the members of every department the user heads, and of every department below those. */
    public Set<Long> membersUnder(long headId) {
        Map<Long, Department> tree = tree();
        Set<Long> roots = tree.values().stream()
                .filter(d -> Long.valueOf(headId).equals(d.getHeadId()))
                .map(Department::getId)
                .collect(Collectors.toSet());
        return members(withDescendants(roots, tree));
    }

    /** The CRM row-level scope of a user; see {@link SalesScope} and {@link DataScope}. Worked out once per request. */
    public SalesScope salesScope(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return new SalesScope(true, false, Set.of());
        }
        Map<Long, SalesScope> memo = com.yiti.shared.RequestMemo.of(SCOPE_CACHE_KEY);
        if (memo != null && memo.containsKey(user.id())) {
            return memo.get(user.id());
        }
        SalesScope scope = computeScope(user);
        if (memo != null) {
            memo.put(user.id(), scope);
        }
        return scope;
    }

    private SalesScope computeScope(CurrentUser user) {
        boolean seller = user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER);
        boolean readOnly = user.hasRole(Role.MANAGER);
        DataScope scope = user.dataScope();
        if (scope == null || (!seller && !readOnly)) {
            return new SalesScope(false, false, Set.of());
        }
        if (scope == DataScope.ALL) {
            return new SalesScope(true, readOnly, Set.of());
        }
        Set<Long> owners = new java.util.HashSet<>();
        owners.add(user.id());
        if (scope != DataScope.OWN) {
            Map<Long, Department> tree = tree();
            Set<Long> home = tree.values().stream()
                    .filter(d -> Long.valueOf(user.id()).equals(d.getHeadId()))
                    .map(Department::getId)
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            if (user.departmentId() != null) {
                home.add(user.departmentId());
            }
            owners.addAll(members(scope == DataScope.DEPARTMENT ? home : withDescendants(home, tree)));
        }
        return new SalesScope(false, readOnly, owners);
    }

    private Set<Long> members(Set<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Set.of();
        }
        return users.findByDepartmentIdIn(departmentIds).stream()
                .map(User::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Long> withDescendants(Set<Long> roots, Map<Long, Department> tree) {
        Set<Long> all = new java.util.HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Department d : tree.values()) {
                if (d.getParentId() != null && all.contains(d.getParentId()) && all.add(d.getId())) {
                    grew = true;
                }
            }
        }
        return all;
    }

    private Optional<Long> firstHeadFrom(Department start, Set<Long> notThese) {
        Map<Long, Department> tree = tree();
        Department d = start;
        int guard = 0;
        while (d != null && guard++ < 50) {
            if (d.getHeadId() != null && !notThese.contains(d.getHeadId())) {
                return Optional.of(d.getHeadId());
            }
            d = d.getParentId() == null ? null : tree.get(d.getParentId());
        }
        return Optional.empty();
    }

    /** After a change to the organisation: this request reads the tree and scopes again. */
    void forgetOrganisation() {
        com.yiti.shared.RequestMemo.forget(TREE_CACHE_KEY);
        com.yiti.shared.RequestMemo.forget(SCOPE_CACHE_KEY);
    }

    /** Every department by id (a small table), read once per request. */
    private Map<Long, Department> tree() {
        Map<String, Map<Long, Department>> memo = com.yiti.shared.RequestMemo.of(TREE_CACHE_KEY);
        if (memo != null && memo.containsKey("all")) {
            return memo.get("all");
        }
        Map<Long, Department> all = departments.findAll().stream().collect(Collectors.toMap(Department::getId, d -> d));
        if (memo != null) {
            memo.put("all", all);
        }
        return all;
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
                u.getDepartmentId(),
                ZoneId.of(u.getTimeZone()),
                u.getDataScope());
    }

    static UserSummary toSummary(User u) {
        return new UserSummary(
                u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getDepartmentId(), u.isEnabled());
    }
}
