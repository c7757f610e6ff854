package com.yiti.platform;

import java.util.Set;

/** A user as shown in pickers and on records (owner, assignee): no credentials, no lock state. */
public record UserSummary(
        long id, String username, String displayName, Set<Role> roles, Long departmentId, boolean enabled) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
