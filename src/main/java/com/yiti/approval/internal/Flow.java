package com.yiti.approval.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A document type's approval flow; its steps are kept per version so a request keeps the version it started with. */
@Entity
@Table(name = "apr_flow")
@Audited
public class Flow extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_type", nullable = false, length = 30, updatable = false)
    private String documentType;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    protected Flow() {}

    public Flow(String documentType) {
        this.documentType = documentType;
    }

    /** A new version with these settings; the caller writes its steps. */
    public int revise(String name, boolean active) {
        this.name = name;
        this.active = active;
        this.currentVersion++;
        return currentVersion;
    }

    public Long getId() {
        return id;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
