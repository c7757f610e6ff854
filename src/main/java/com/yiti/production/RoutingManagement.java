package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.Routing;
import com.yiti.production.internal.RoutingOperation;
import com.yiti.production.internal.Routings;
import com.yiti.production.internal.WorkCentre;
import com.yiti.production.internal.WorkCentres;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routings: how each made product is made, operation by operation at work centres. One routing per product; its
 * operations' time × the work centre's rates is the labour and overhead of the product's standard cost.
 */
@Service
@Transactional
public class RoutingManagement {

    /** More operations than a routing sheet holds are refused. */
    public static final int MAX_OPERATIONS = 50;

    private static final BigDecimal MINUTES = BigDecimal.valueOf(60);

    private final Routings routings;
    private final WorkCentres centres;
    private final InventoryManagement inventory;
    private final jakarta.persistence.EntityManager entities;

    RoutingManagement(
            Routings routings,
            WorkCentres centres,
            InventoryManagement inventory,
            jakarta.persistence.EntityManager entities) {
        this.routings = routings;
        this.centres = centres;
        this.inventory = inventory;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public Page<RoutingView> list(Pageable pageable) {
        Page<Routing> page = routings.findAllBy(pageable);
        Map<Long, ProductView> products = inventory.productsById(
                page.getContent().stream().map(Routing::getProductId).toList());
        Map<Long, WorkCentre> wcs = centresOf(page.getContent());
        return page.map(r -> view(r, products.get(r.getProductId()), wcs));
    }

    @Transactional(readOnly = true)
    public RoutingView get(long id) {
        Routing r = find(id);
        return view(r, inventory.product(r.getProductId()), centresOf(List.of(r)));
    }

    @Transactional(readOnly = true)
    public Optional<RoutingView> ofProduct(long productId) {
        return routings.findByProductId(productId).map(r -> get(r.getId()));
    }

    /** The routings of these products (for the cost roll-up), by product. */
    @Transactional(readOnly = true)
    public Map<Long, RoutingView> ofProducts(Collection<Long> productIds) {
        List<Routing> found = routings.findByProductIdIn(productIds);
        Map<Long, ProductView> products = inventory.productsById(productIds);
        Map<Long, WorkCentre> wcs = centresOf(found);
        return found.stream()
                .collect(Collectors.toMap(Routing::getProductId, r -> view(r, products.get(r.getProductId()), wcs)));
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public RoutingView create(RoutingData data) {
        ProductView product = BomManagement.madeProduct(inventory, data.productId());
        if (routings.findByProductId(product.id()).isPresent()) {
            throw new BusinessRuleException("productId", "routing.exists");
        }
        List<RoutingOperation.Values> operations = check(data);
        Routing r = new Routing(product.id());
        r.apply(data.lotSize(), note(data.note()));
        routings.saveAndFlush(r);
        r.replaceOperations(operations);
        routings.flush();
        return get(r.getId());
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public RoutingView update(long id, long expectedVersion, RoutingData data) {
        Routing r = find(id);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Routing", id);
        }
        List<RoutingOperation.Values> operations = check(data);
        r.apply(data.lotSize(), note(data.note()));
        r.replaceOperations(operations);
        // the operations are their own rows: the routing's version moves with them, so two planners are told
        entities.lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        routings.flush();
        return get(id);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public void delete(long id, long expectedVersion) {
        Routing r = find(id);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Routing", id);
        }
        routings.delete(r);
        routings.flush();
    }

    private Routing find(long id) {
        return routings.findById(id).orElseThrow(() -> new RecordNotFoundException("Routing", id));
    }

    private static String note(String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        return n;
    }

    private List<RoutingOperation.Values> check(RoutingData data) {
        if (data.lotSize() == null || data.lotSize().signum() <= 0) {
            throw new BusinessRuleException("lotSize", "routing.lotSizePositive");
        }
        List<RoutingData.Operation> given = data.operations() == null ? List.of() : data.operations();
        if (given.isEmpty()) {
            throw new BusinessRuleException("operations", "routing.noOperations");
        }
        if (given.size() > MAX_OPERATIONS) {
            throw new BusinessRuleException("operations", "routing.tooManyOperations", MAX_OPERATIONS);
        }
        Set<Long> ids = new HashSet<>();
        given.forEach(o -> {
            if (o != null && o.workCentreId() != null) {
                ids.add(o.workCentreId());
            }
        });
        Map<Long, WorkCentre> wcs =
                centres.findAllById(ids).stream().collect(Collectors.toMap(WorkCentre::getId, Function.identity()));
        List<RoutingOperation.Values> values = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RoutingData.Operation o = given.get(i);
            String at = "operations[" + i + "].";
            if (o == null || o.workCentreId() == null) {
                throw new BusinessRuleException(at + "workCentreId", "field.required");
            }
            WorkCentre wc = wcs.get(o.workCentreId());
            if (wc == null || !wc.isActive()) {
                throw new BusinessRuleException(at + "workCentreId", "routing.workCentreInactive");
            }
            String description = o.description() == null ? "" : o.description().strip();
            if (description.isEmpty()) {
                throw new BusinessRuleException(at + "description", "field.required");
            }
            if (description.length() > 200) {
                throw new BusinessRuleException(at + "description", "field.tooLong", 200);
            }
            BigDecimal setup = o.setupMinutes() == null ? BigDecimal.ZERO : o.setupMinutes();
            if (setup.signum() < 0 || setup.compareTo(BigDecimal.valueOf(9_999_999)) > 0) {
                throw new BusinessRuleException(at + "setupMinutes", "routing.minutes");
            }
            if (o.runMinutes() == null
                    || o.runMinutes().signum() < 0
                    || o.runMinutes().compareTo(BigDecimal.valueOf(999_999)) > 0) {
                throw new BusinessRuleException(at + "runMinutes", "routing.minutes");
            }
            values.add(new RoutingOperation.Values(
                    wc.getId(),
                    description,
                    setup.setScale(2, RoundingMode.HALF_UP),
                    o.runMinutes().setScale(3, RoundingMode.HALF_UP)));
        }
        return values;
    }

    private Map<Long, WorkCentre> centresOf(List<Routing> rs) {
        Set<Long> ids = rs.stream()
                .flatMap(r -> r.getOperations().stream())
                .map(RoutingOperation::getWorkCentreId)
                .collect(Collectors.toSet());
        return centres.findAllById(ids).stream().collect(Collectors.toMap(WorkCentre::getId, Function.identity()));
    }

    private static RoutingView view(Routing r, ProductView p, Map<Long, WorkCentre> wcs) {
        List<RoutingView.Operation> ops = r.getOperations().stream()
                .map(o -> {
                    WorkCentre wc = wcs.get(o.getWorkCentreId());
                    // hours per unit: the setup spread over the standard lot, plus the run
                    BigDecimal hours = o.getSetupMinutes()
                            .divide(r.getLotSize(), 6, RoundingMode.HALF_UP)
                            .add(o.getRunMinutes())
                            .divide(MINUTES, 8, RoundingMode.HALF_UP);
                    return new RoutingView.Operation(
                            o.getId(),
                            o.getSeq(),
                            o.getWorkCentreId(),
                            wc == null ? null : wc.getCode(),
                            wc == null ? null : wc.getName(),
                            o.getDescription(),
                            o.getSetupMinutes(),
                            o.getRunMinutes(),
                            wc == null ? BigDecimal.ZERO : money(hours.multiply(wc.getLabourRate())),
                            wc == null ? BigDecimal.ZERO : money(hours.multiply(wc.getOverheadRate())));
                })
                .toList();
        return new RoutingView(
                r.getId(),
                r.getProductId(),
                p == null ? null : p.sku(),
                p == null ? null : p.name(LocaleContextHolder.getLocale()),
                p == null ? null : p.unit(),
                r.getLotSize(),
                r.getNote(),
                ops,
                r.getVersion());
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }
}
