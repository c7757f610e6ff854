package com.yiti.platform;

import com.yiti.platform.internal.Revision;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of an audited entity, newest first. Modules call it for their own entities (and check
 * the caller's scope before they do).
 */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public <T> List<AuditEntry<T>> of(Class<T> type, Object id) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Revision rev = (Revision) row[1];
                    return new AuditEntry<>(
                            rev.getId(),
                            Instant.ofEpochMilli(rev.getTimestamp()),
                            rev.getUsername(),
                            changeType((RevisionType) row[2]),
                            (T) row[0]);
                })
                .toList();
    }

    private static AuditEntry.ChangeType changeType(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.ChangeType.CREATED;
            case MOD -> AuditEntry.ChangeType.CHANGED;
            case DEL -> AuditEntry.ChangeType.DELETED;
        };
    }
}
