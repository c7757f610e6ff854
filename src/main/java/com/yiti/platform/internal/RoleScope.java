package com.yiti.platform.internal;

import com.yiti.platform.DataScope;
import com.yiti.platform.Role;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The data scope ADMIN chose for a sales role (decision 050). */
@Entity
@Table(name = "plt_role_scope")
@Audited
public class RoleScope extends AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DataScope scope;

    protected RoleScope() {}

    public RoleScope(Role role, DataScope scope) {
        this.role = role;
        this.scope = scope;
    }

    public Role getRole() {
        return role;
    }

    public DataScope getScope() {
        return scope;
    }

    public void setScope(DataScope scope) {
        this.scope = scope;
    }
}
