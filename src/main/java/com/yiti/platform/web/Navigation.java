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

    /** Up to this many entries the bar lists them one by one; past it (managers, ADMIN) they are grouped. */
    static final int FLAT_UP_TO = 10;

    /**
     * An entry of the bar: one link, or a menu of a group's links. Groups follow the entries' order: 100-199 sales,
     * 200-279 operations, 280-299 service, 300-399 finance; the rest (home, dashboard, administration) stand alone.
     */
    public record Entry(String groupKey, List<NavigationItem> items) {

        public boolean menu() {
            return items.size() > 1;
        }

        public String id() {
            return groupKey.substring(groupKey.lastIndexOf('.') + 1);
        }
    }

    /** The visible entries, grouped into menus when there are more than {@link #FLAT_UP_TO}. */
    public List<Entry> entries() {
        List<NavigationItem> visible = visibleItems();
        List<Entry> entries = new java.util.ArrayList<>();
        for (NavigationItem item : visible) {
            String group = visible.size() > FLAT_UP_TO ? group(item.order()) : null;
            Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (group != null && last != null && group.equals(last.groupKey())) {
                last.items().add(item);
            } else {
                List<NavigationItem> items = new java.util.ArrayList<>();
                items.add(item);
                entries.add(new Entry(group == null ? "nav." + item.id() : group, items));
            }
        }
        return entries;
    }

    private static String group(int order) {
        if (order >= 100 && order < 200) {
            return "nav.group.sales";
        }
        if (order >= 200 && order < 280) {
            return "nav.group.operations";
        }
        if (order >= 280 && order < 300) {
            return "nav.group.service";
        }
        if (order >= 300 && order < 400) {
            return "nav.group.finance";
        }
        return null;
    }

    /** Whether any entry of a menu is the section the user is in. */
    public boolean isActive(Entry entry) {
        return entry.items().stream().anyMatch(this::isActive);
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
