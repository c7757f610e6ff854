package com.yiti.platform;

import java.time.ZoneId;
import java.util.Set;

/** The signed-in user as other modules see it: enough to scope queries by owner and department. */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long departmentId,
        ZoneId zoneId,
        DataScope dataScope) {

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
