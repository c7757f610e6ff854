package com.yiti.platform.web;

import com.yiti.platform.DataScope;
import com.yiti.platform.DepartmentManagement;
import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * ADMIN: each role's permissions on one page (issue 19) — the screens it opens, read from the same navigation entries
 * the server's route rules stand behind; whose records it sees (its data scope, for the sales roles); and what it
 * changes. Roles are fixed in code; what they may do is enforced in each module, this page only shows it.
 */
@Controller
class AdminRolesController {

    private final List<NavigationItem> items;
    private final DepartmentManagement departments;

    AdminRolesController(List<NavigationItem> items, DepartmentManagement departments) {
        this.items = items;
        this.departments = departments;
    }

    record RolePermissions(Role role, List<NavigationItem> screens, DataScope scope) {}

    @GetMapping("/admin/roles")
    String roles(Model model) {
        Map<Role, DataScope> scopes = departments.scopes();
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .map(r -> new RolePermissions(
                                r,
                                items.stream()
                                        .filter(i -> !i.roles().isEmpty() && i.visibleTo(Set.of(r)))
                                        .sorted(Comparator.comparingInt(NavigationItem::order))
                                        .toList(),
                                r == Role.ADMIN ? DataScope.ALL : scopes.get(r)))
                        .toList());
        model.addAttribute(
                "everyone",
                items.stream()
                        .filter(i -> i.roles().isEmpty())
                        .sorted(Comparator.comparingInt(NavigationItem::order))
                        .toList());
        return "admin/roles";
    }
}
