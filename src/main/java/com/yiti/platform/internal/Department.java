package com.yiti.platform.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A department in the organisation's tree (company → region → department → team, decision 050), with a head. Its
 * members are the users whose department it is; a sales team of earlier releases is a department without children.
 */
@Entity
@Table(name = "plt_department")
@Audited
public class Department extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "head_id")
    private Long headId;

    protected Department() {}

    public Department(String name, Long parentId, Long headId) {
        this.name = name;
        this.parentId = parentId;
        this.headId = headId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }
}
