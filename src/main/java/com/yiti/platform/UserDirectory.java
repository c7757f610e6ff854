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

    /** Ids of the members of every team the given user manages (empty for users who manage no team). */
    public Set<Long> membersOfTeamsManagedBy(long managerId) {
        return teams.findByManagerId(managerId).stream()
                .flatMap(team -> users.findByTeamId(team.getId()).stream())
                .map(User::getId)
                .collect(Collectors.toUnmodifiableSet());
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
