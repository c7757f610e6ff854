package com.yiti.platform;

import java.util.Set;

/**
 * An entry of the main navigation. Each module contributes its own as a bean; the layout shows an entry only to
 * users holding one of its roles (an empty set means every signed-in user). What a role may open is still decided
 * on the server: navigation only hides what would answer 403.
 */
public record NavigationItem(String id, String labelKey, String path, Set<Role> roles, int order) {

    public NavigationItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
