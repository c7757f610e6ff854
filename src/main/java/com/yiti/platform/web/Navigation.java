package com.yiti.platform.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the layout's navigation shows: the modules' entries the signed-in user's roles may open. */
@Component("nav")
class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    public List<NavigationItem> visibleItems() {
        Set<Role> roles = currentRoles();
        return items.stream().filter(i -> i.visibleTo(roles)).toList();
    }

    /** Whether an entry is the section the user is in ("/" only on the home page itself). */
    public boolean isActive(NavigationItem item) {
        String path = currentPath();
        return item.path().equals("/") ? path.equals("/") : path.startsWith(item.path());
    }

    /** The current page, for links that come back to it (language switcher). Only ever a local path. */
    public String currentUri() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return "/";
        }
        HttpServletRequest request = attrs.getRequest();
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original instanceof String s ? s : request.getRequestURI();
        String query = original == null ? request.getQueryString() : null;
        return query == null ? path : path + "?" + query;
    }

    private static String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return "/";
        }
        return attrs.getRequest().getRequestURI();
    }

    private static Set<Role> currentRoles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth == null) {
            return roles;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring(5)));
                } catch (IllegalArgumentException ignored) {
                    // an authority that is not one of our roles (e.g. FACTOR_PASSWORD)
                }
            }
        }
        return roles;
    }
}
