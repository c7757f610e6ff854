package com.yiti.customer;

import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.CustomerNames;
import com.yiti.customer.internal.CustomerSearchIndex;
import com.yiti.customer.internal.Customers;
import com.yiti.platform.SalesScope;
import com.yiti.shared.DocumentTextSearch;
import com.yiti.shared.ListPages;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * What the customer lists and pickers find for typed text, in one place: a fragment of the name (any case, width or
 * spacing), of a tag, or the credit code; narrowed first by the search index when a pair of its letters is rare
 * (decision 030), and counted for the pager at most {@link com.yiti.shared.CappedPage#CAP} past the page.
 */
@Component
class CustomerQueries {

    private final Customers customers;
    private final CustomerSearchIndex searchIndex;
    private final ListPages listPages;

    CustomerQueries(Customers customers, CustomerSearchIndex searchIndex, ListPages listPages) {
        this.customers = customers;
        this.searchIndex = searchIndex;
        this.listPages = listPages;
    }

    /** Every customer whatever its owner, by typed text (blank: all): for the departments that serve all of them. */
    Page<Customer> everyCustomer(String q, Pageable pageable) {
        return listPages.find(
                customers,
                Customer.class,
                matching(new CustomerFilter(q, null, null, null, null), new SalesScope(true, true, Set.of())),
                pageable);
    }

    /** The search index's pairs that narrow a search for {@code q} (decision 030). */
    private List<String> narrowing(String q) {
        return q == null || q.isBlank() ? List.of() : searchIndex.narrowingGrams(q.trim());
    }

    Specification<Customer> matching(CustomerFilter f, SalesScope scope) {
        List<String> grams = narrowing(f.q());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            for (String gram : grams) {
                p.add(cb.equal(root.join("grams"), gram));
            }
            if (!scope.all()) {
                p.add(root.get("ownerId").in(scope.ownerIds()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String q = f.q().trim();
                // typed % and _ are themselves
                String like = "%" + DocumentTextSearch.escape(q.toLowerCase(Locale.ROOT)) + "%";
                String normalized = "%" + DocumentTextSearch.escape(CustomerNames.normalize(q)) + "%";
                char escape = DocumentTextSearch.ESCAPE;
                p.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, escape),
                        cb.like(root.get("normalizedName"), normalized, escape),
                        cb.equal(root.get("creditCode"), q.toUpperCase(Locale.ROOT)),
                        cb.like(cb.lower(root.get("tags")), like, escape)));
            }
            if (f.ownerId() != null) {
                p.add(cb.equal(root.get("ownerId"), f.ownerId()));
            }
            if (f.tier() != null) {
                p.add(cb.equal(root.get("tier"), f.tier()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.region() != null && !f.region().isBlank()) {
                p.add(cb.equal(root.get("region"), f.region().trim()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
