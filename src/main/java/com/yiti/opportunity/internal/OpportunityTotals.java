package com.yiti.opportunity.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Count, amount and probability-weighted amount of the opportunities a specification selects, in one query. */
@Component
public class OpportunityTotals {

    public record Totals(long count, BigDecimal amount, BigDecimal weightedAmountTimes100) {}

    private final EntityManager entityManager;

    OpportunityTotals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Totals of(Specification<Opportunity> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Opportunity> root = q.from(Opportunity.class);
        Expression<BigDecimal> amount = root.get("amount");
        Expression<Integer> probability = root.get("probability");
        q.multiselect(
                cb.count(root),
                cb.coalesce(cb.sum(amount), BigDecimal.ZERO),
                cb.coalesce(cb.sum(cb.prod(amount, probability).as(BigDecimal.class)), BigDecimal.ZERO));
        var predicate = spec.toPredicate(root, q, cb);
        if (predicate != null) {
            q.where(predicate);
        }
        Tuple t = entityManager.createQuery(q).getSingleResult();
        return new Totals(t.get(0, Long.class), toDecimal(t.get(1)), toDecimal(t.get(2)));
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
