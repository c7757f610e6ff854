package com.yiti.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * Pages of the lists that grow with the business (orders, invoices, payments, tickets, customers, opportunities…):
 * the page's rows and a count that stops {@link CappedPage#CAP} rows past the page's start, instead of a count of
 * every row on every request (at a million orders that count alone took 70 ms of the order list's budget of 50).
 * The count reads only ids, so MariaDB answers it from an index. The pager then says page 3 of more than 1,000 records
 * when capped and always offers the next page; a keyset page ({@link Keyset.After}) is passed on unchanged.
 */
@Component
public class ListPages {

    @PersistenceContext
    private EntityManager em;

    public <T> Page<T> find(
            JpaSpecificationExecutor<T> repository, Class<T> type, Specification<T> spec, Pageable pageable) {
        if (pageable instanceof Keyset.After || pageable.isUnpaged()) {
            return Keyset.find(repository, spec, pageable);
        }
        List<T> rows = pageable.getOffset() == 0 ? firstPage(type, spec, pageable) : laterPage(type, spec, pageable);

        if (rows.isEmpty() && pageable.getOffset() > 0) {
            // past the end: the exact total, counted at most as far as the page's start
            long total = em.createQuery(ids(type, spec, null))
                    .setMaxResults((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()))
                    .getResultList()
                    .size();
            return CappedPage.pastTheEnd(pageable, total);
        }
        long counted;
        if (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) {
            counted = rows.size(); // the whole list is on this page
        } else {
            counted = em.createQuery(ids(type, spec, null))
                    .setFirstResult((int) pageable.getOffset())
                    .setMaxResults(CappedPage.CAP)
                    .getResultList()
                    .size();
        }
        return new CappedPage<>(rows, pageable, counted);
    }

    /** The first page: its rows in one query (an index in the sort's order stops after them). */
    private <T> List<T> firstPage(Class<T> type, Specification<T> spec, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        query.select(root);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        return em.createQuery(query).setMaxResults(pageable.getPageSize()).getResultList();
    }

    /**
     * A later page: first the ids of its rows (the rows skipped are walked in an index, not read whole), then those
     * rows by id, in the ids' order (a deferred join: page 500 of a million orders reads 20 rows, not 10,020).
     */
    private <T> List<T> laterPage(Class<T> type, Specification<T> spec, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Object> ids = em.createQuery(ids(type, spec, pageable.getSort()))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<T> rowsQuery = cb.createQuery(type);
        Root<T> rowRoot = rowsQuery.from(type);
        rowsQuery.select(rowRoot).where(rowRoot.get("id").in(ids));
        java.util.Map<Object, T> byId = new java.util.HashMap<>();
        var util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        em.createQuery(rowsQuery).getResultList().forEach(row -> byId.put(util.getIdentifier(row), row));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The ids of the rows the specification selects, in the sort's order (none: as the index gives them). */
    private <T> CriteriaQuery<Object> ids(
            Class<T> type, Specification<T> spec, org.springframework.data.domain.Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        if (sort != null) {
            query.orderBy(QueryUtils.toOrders(sort, root, cb));
        }
        return query;
    }

    /** The page with its rows replaced by their views (converted in one batch), keeping its total and its cap. */
    public static <T, U> Page<U> withContent(Page<T> page, List<U> content) {
        if (page instanceof CappedPage<T> capped) {
            java.util.Iterator<U> views = content.iterator();
            return capped.map(row -> views.next());
        }
        return new org.springframework.data.domain.PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }
}
