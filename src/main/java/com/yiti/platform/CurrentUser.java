package com.yiti.platform;

import java.time.ZoneId;
import java.util.Set;

/** The signed-in user as other modules see it: enough to scope queries by owner and team. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, Long teamId, ZoneId zoneId) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
