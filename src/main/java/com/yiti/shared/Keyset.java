package com.yiti.shared;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Keyset paging for lists read to the end (exports): instead of skipping the rows already read (OFFSET, which reads
 * them again and grows with every page), each page asks for the rows after the last id seen, in the order of a sort
 * by id. A module's list query supports it by adding {@link #after(Pageable)} to its specification.
 */
public final class Keyset {

    private Keyset() {}

    /** The first page of the rows after an id (before it when the sort is descending). */
    public static final class After extends PageRequest {

        private final long lastId;

        After(int size, Sort sort, long lastId) {
            super(0, size, sort);
            this.lastId = lastId;
        }

        public long lastId() {
            return lastId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof After a && a.lastId == lastId && super.equals(o);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(lastId) * 31 + super.hashCode();
        }
    }

    /** Whether a sort is by id alone (the only order keyset paging follows). */
    public static boolean byId(Sort sort) {
        List<Sort.Order> orders = sort.toList();
        return orders.size() == 1 && orders.get(0).getProperty().equals("id");
    }

    /** The page after the last id of the previous one. */
    public static Pageable after(int size, Sort sort, long lastId) {
        if (!byId(sort)) {
            throw new IllegalArgumentException("keyset paging follows a sort by id only: " + sort);
        }
        return new After(size, sort, lastId);
    }

    /**
     * A list's page: for a keyset page the rows after its last id with a limit and no count (an export of a million
     * rows would otherwise count them again for every page); for an ordinary page Spring Data's page with its total.
     * A keyset page's total is only what it holds: its reader continues until a page comes back short.
     */
    public static <T> Page<T> find(JpaSpecificationExecutor<T> repository, Specification<T> spec, Pageable pageable) {
        if (pageable instanceof After page) {
            List<T> rows = repository.findBy(
                    spec.and(after(pageable)),
                    q -> q.sortBy(page.getSort()).limit(page.getPageSize()).all());
            return new PageImpl<>(rows, pageable, rows.size());
        }
        return repository.findAll(spec, pageable);
    }

    /** The condition a keyset page adds to a list's query (none for an ordinary page). */
    public static <T> Specification<T> after(Pageable pageable) {
        return (root, query, cb) -> {
            if (!(pageable instanceof After page)) {
                return null;
            }
            boolean descending = page.getSort().toList().get(0).isDescending();
            return descending
                    ? cb.lessThan(root.get("id"), page.lastId())
                    : cb.greaterThan(root.get("id"), page.lastId());
        };
    }
}
