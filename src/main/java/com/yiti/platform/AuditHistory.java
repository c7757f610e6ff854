package com.yiti.platform;

import com.yiti.platform.internal.Revision;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
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

    /**
     * The revisions of every record of a type whose property has a value (the lines of one document, deleted lines
     * included), oldest first.
     */
    @SuppressWarnings("unchecked")
    public <T> List<AuditEntry<T>> ofAllWhere(Class<T> type, String property, Object value) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property(property).eq(value))
                .addOrder(AuditEntity.revisionNumber().asc())
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

    /** A field of a record shown on its history page: a message key, and how to read it as text. */
    public record Field<T>(String label, String valuePrefix, Function<T, Object> value) {

        public static <T> Field<T> of(String label, Function<T, Object> value) {
            return new Field<>(label, null, value);
        }

        /** A field whose value is an enum shown through messages ({@code prefix + name}). */
        public static <T> Field<T> coded(String label, String prefix, Function<T, Object> value) {
            return new Field<>(label, prefix, value);
        }
    }

    /**
     * Rows of changes from the revisions of one or more records, newest first: for each revision the fields whose
     * values differ from the same record's previous revision (all of them when it was created). {@code key} tells
     * the records apart, {@code subject} names each (a line: "line 2 · SKU").
     */
    public static <T> List<ChangeRow> changes(
            List<AuditEntry<T>> oldestFirst,
            Function<T, Object> key,
            Function<T, String> subject,
            List<Field<T>> fields) {
        java.util.Map<Object, T> previous = new java.util.HashMap<>();
        java.util.List<ChangeRow> rows = new java.util.ArrayList<>();
        for (AuditEntry<T> e : oldestFirst) {
            T before = previous.get(key.apply(e.state()));
            java.util.List<ChangeRow.Change> changed = new java.util.ArrayList<>();
            for (Field<T> f : fields) {
                String now = text(f.value().apply(e.state()));
                String was = before == null ? null : text(f.value().apply(before));
                if (e.type() == AuditEntry.ChangeType.DELETED) {
                    changed.add(new ChangeRow.Change(f.label(), f.valuePrefix(), now, null));
                } else if (before == null ? now != null : !java.util.Objects.equals(was, now)) {
                    changed.add(new ChangeRow.Change(f.label(), f.valuePrefix(), was, now));
                }
            }
            previous.put(key.apply(e.state()), e.state());
            if (!changed.isEmpty() || e.type() != AuditEntry.ChangeType.CHANGED) {
                rows.add(new ChangeRow(e.revision(), e.at(), e.by(), e.type(), subject.apply(e.state()), changed));
            }
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** Revisions newest first (as {@link #of} gives them) turned oldest first (as {@link #changes} reads them). */
    public static <T> List<AuditEntry<T>> oldestFirst(List<AuditEntry<T>> newestFirst) {
        List<AuditEntry<T>> copy = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** A document's rows and its lines' rows in one list, newest first, the document's own row first in a revision. */
    @SafeVarargs
    public static List<ChangeRow> merged(List<ChangeRow>... parts) {
        List<ChangeRow> all = new java.util.ArrayList<>();
        for (List<ChangeRow> part : parts) {
            all.addAll(part);
        }
        all.sort(java.util.Comparator.comparingLong(ChangeRow::revision)
                .reversed()
                .thenComparing(r -> !r.subject().isEmpty()));
        return all;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            java.math.BigDecimal stripped = d.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static AuditEntry.ChangeType changeType(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.ChangeType.CREATED;
            case MOD -> AuditEntry.ChangeType.CHANGED;
            case DEL -> AuditEntry.ChangeType.DELETED;
        };
    }
}
