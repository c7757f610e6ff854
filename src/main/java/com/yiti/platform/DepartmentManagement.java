package com.yiti.platform;

import com.yiti.platform.internal.Department;
import com.yiti.platform.internal.Departments;
import com.yiti.platform.internal.RoleScope;
import com.yiti.platform.internal.RoleScopes;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.Users;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation (decision 050): departments as a tree with a head each, and the data scope of each sales role.
 * Everyone signed in reads the tree; only ADMIN changes it (enforced here). Every change is audited (Envers).
 */
@Service
@Transactional
public class DepartmentManagement {

    /** The roles whose records are scoped by owner, and so whose data scope ADMIN chooses. */
    public static final List<Role> SCOPED_ROLES = List.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER);

    private final Departments departments;
    private final RoleScopes scopes;
    private final Users users;
    private final UserDirectory directory;

    DepartmentManagement(Departments departments, RoleScopes scopes, Users users, UserDirectory directory) {
        this.departments = departments;
        this.scopes = scopes;
        this.users = users;
        this.directory = directory;
    }

    /** The whole tree in reading order: each department followed by the ones below it, siblings by name. */
    @Transactional(readOnly = true)
    public List<DepartmentView> tree() {
        List<Department> all = departments.findAllByOrderByName();
        Map<Long, Department> byId = all.stream().collect(Collectors.toMap(Department::getId, d -> d));
        Map<Long, List<DepartmentView.Member>> members = new HashMap<>();
        users.findByDepartmentIdIn(byId.keySet()).stream()
                .sorted(Comparator.comparing(User::getDisplayName))
                .forEach(u -> members.computeIfAbsent(u.getDepartmentId(), k -> new ArrayList<>())
                        .add(new DepartmentView.Member(u.getId(), u.getUsername(), u.getDisplayName())));
        Map<Long, String> heads = directory.displayNames(
                all.stream().map(Department::getHeadId).filter(Objects::nonNull).toList());
        List<DepartmentView> out = new ArrayList<>();
        // roots are departments without a parent (or whose parent is gone)
        all.stream()
                .filter(d -> d.getParentId() == null || !byId.containsKey(d.getParentId()))
                .forEach(root -> walk(root, 0, all, byId, members, heads, out));
        return out;
    }

    private void walk(
            Department d,
            int depth,
            List<Department> all,
            Map<Long, Department> byId,
            Map<Long, List<DepartmentView.Member>> members,
            Map<Long, String> heads,
            List<DepartmentView> out) {
        if (depth > 20) {
            return;
        }
        out.add(view(d, depth, byId, members, heads));
        all.stream()
                .filter(c -> d.getId().equals(c.getParentId()))
                .forEach(c -> walk(c, depth + 1, all, byId, members, heads, out));
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        return tree().stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Department", id));
    }

    public DepartmentView create(DepartmentData data) {
        requireAdmin();
        String name = validate(null, data);
        Department d = departments.saveAndFlush(new Department(name, data.parentId(), data.headId()));
        return get(d.getId());
    }

    public DepartmentView update(long id, long expectedVersion, DepartmentData data) {
        requireAdmin();
        Department d = departments.findById(id).orElseThrow(() -> new RecordNotFoundException("Department", id));
        if (d.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Department", id);
        }
        String name = validate(id, data);
        d.setName(name);
        d.setParentId(data.parentId());
        d.setHeadId(data.headId());
        departments.flush();
        return get(id);
    }

    /** Removes an empty department: one with members or departments below it is refused, saying which. */
    public void delete(long id) {
        requireAdmin();
        Department d = departments.findById(id).orElseThrow(() -> new RecordNotFoundException("Department", id));
        if (departments.existsByParentId(id)) {
            throw new BusinessRuleException(null, "department.hasChildren", d.getName());
        }
        if (!users.findByDepartmentIdIn(List.of(id)).isEmpty()) {
            throw new BusinessRuleException(null, "department.hasMembers", d.getName());
        }
        departments.delete(d);
    }

    /** Each scoped role's data scope. */
    @Transactional(readOnly = true)
    public Map<Role, DataScope> scopes() {
        Map<Role, DataScope> out = new EnumMap<>(Role.class);
        scopes.findAll().forEach(s -> out.put(s.getRole(), s.getScope()));
        return out;
    }

    /** ADMIN sets a sales role's data scope; it applies from the next request of everyone holding the role. */
    public void setScope(Role role, DataScope scope) {
        requireAdmin();
        if (!SCOPED_ROLES.contains(role)) {
            throw new BusinessRuleException("role", "department.scopeRoleNotScoped");
        }
        if (scope == null) {
            throw new BusinessRuleException("scope", "field.required");
        }
        scopes.findById(role).ifPresentOrElse(s -> s.setScope(scope), () -> scopes.save(new RoleScope(role, scope)));
        scopes.flush();
    }

    private String validate(Long id, DepartmentData data) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (name.length() > 100) {
            throw new BusinessRuleException("name", "department.nameLength", 100);
        }
        departments.findByName(name).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
            throw new BusinessRuleException("name", "department.nameTaken");
        });
        if (data.parentId() != null) {
            Map<Long, Department> byId =
                    departments.findAll().stream().collect(Collectors.toMap(Department::getId, d -> d));
            if (!byId.containsKey(data.parentId())) {
                throw new BusinessRuleException("parentId", "department.parentUnknown");
            }
            // a department may not sit below itself
            Long p = data.parentId();
            int guard = 0;
            while (p != null && guard++ < 100) {
                if (p.equals(id)) {
                    throw new BusinessRuleException("parentId", "department.parentCycle");
                }
                Department parent = byId.get(p);
                p = parent == null ? null : parent.getParentId();
            }
        }
        if (data.headId() != null
                && users.findById(data.headId()).filter(User::isEnabled).isEmpty()) {
            throw new BusinessRuleException("headId", "department.headUnknown");
        }
        return name;
    }

    private void requireAdmin() {
        directory.forgetOrganisation();
        if (!directory.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("departments are kept by ADMIN");
        }
    }

    private DepartmentView view(
            Department d,
            int depth,
            Map<Long, Department> byId,
            Map<Long, List<DepartmentView.Member>> members,
            Map<Long, String> heads) {
        Department parent = d.getParentId() == null ? null : byId.get(d.getParentId());
        return new DepartmentView(
                d.getId(),
                d.getName(),
                d.getParentId(),
                parent == null ? null : parent.getName(),
                depth,
                d.getHeadId(),
                d.getHeadId() == null ? null : heads.get(d.getHeadId()),
                members.getOrDefault(d.getId(), List.of()),
                d.getVersion());
    }
}
