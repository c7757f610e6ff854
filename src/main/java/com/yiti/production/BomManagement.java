package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.platform.UserDirectory;
import com.yiti.production.internal.Bom;
import com.yiti.production.internal.BomLine;
import com.yiti.production.internal.Boms;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bills of materials: what one unit of a made product consumes, in versions (a draft is edited, activating it makes
 * it the one in force and archives the one before). A component may itself be made, so bills nest to any depth; one
 * that would contain itself is refused, naming the loop. Where-used answers which bills use a component.
 */
@Service
@Transactional
public class BomManagement {

    /** More components than one bill holds are refused (a request is bounded work). */
    public static final int MAX_LINES = 500;

    /** Bills nested deeper than this are refused (a real product has a handful of levels). */
    public static final int MAX_LEVELS = 20;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Boms boms;
    private final InventoryManagement inventory;
    private final UserDirectory directory;
    private final Clock clock;
    private final EntityManager entities;
    private final com.yiti.platform.AuditHistory audit;

    BomManagement(
            Boms boms,
            InventoryManagement inventory,
            UserDirectory directory,
            Clock clock,
            EntityManager entities,
            com.yiti.platform.AuditHistory audit) {
        this.audit = audit;
        this.boms = boms;
        this.inventory = inventory;
        this.directory = directory;
        this.clock = clock;
        this.entities = entities;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Versions, newest first, optionally of products matching a text (SKU or name) and in one status. */
    @Transactional(readOnly = true)
    public Page<BomView> list(String q, BomStatus status, Pageable pageable) {
        Page<Bom> page;
        if (q != null && !q.isBlank()) {
            List<Long> products = inventory
                    .products(
                            new com.yiti.inventory.ProductFilter(q, ProductType.MADE, null),
                            org.springframework.data.domain.PageRequest.of(0, 500))
                    .map(ProductView::id)
                    .getContent();
            if (products.isEmpty()) {
                return new PageImpl<>(List.of(), pageable, 0);
            }
            page = status == null
                    ? boms.findByProductIdIn(products, pageable)
                    : boms.findByStatusAndProductIdIn(status, products, pageable);
        } else {
            page = status == null ? boms.findAll(pageable) : boms.findByStatus(status, pageable);
        }
        Map<Long, ProductView> products = inventory.productsById(
                page.getContent().stream().map(Bom::getProductId).toList());
        return page.map(b -> view(b, products, false));
    }

    @Transactional(readOnly = true)
    public BomView get(long id) {
        Bom b = find(id);
        return view(b, productsOf(List.of(b)), true);
    }

    /** Every version of a product, newest first (without their lines). */
    @Transactional(readOnly = true)
    public List<BomView> versionsOf(long productId) {
        List<Bom> versions = boms.findByProductIdOrderByVersionNoDesc(productId);
        Map<Long, ProductView> products = inventory.productsById(List.of(productId));
        return versions.stream().map(b -> view(b, products, false)).toList();
    }

    /** The version in force for a product, if it has one. */
    @Transactional(readOnly = true)
    public Optional<BomView> active(long productId) {
        return boms.findByProductIdAndStatus(productId, BomStatus.ACTIVE).map(b -> get(b.getId()));
    }

    /** What a quantity of a product consumes by its bill in force: the bill and each component's quantity. */
    public record Requirements(long bomId, Map<Long, BigDecimal> components) {}

    /**
     * The components a quantity of a made product needs by its bill in force, scrap included and phantoms exploded
     * into their own components (a phantom is never stocked), rounded up to stock's three decimals; empty when the
     * product has no bill in force.
     */
    @Transactional(readOnly = true)
    public Optional<Requirements> requirements(long productId, BigDecimal quantity) {
        Optional<Bom> bill = boms.findByProductIdAndStatus(productId, BomStatus.ACTIVE);
        if (bill.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, BigDecimal> need = new java.util.TreeMap<>();
        explode(bill.get(), quantity, need, 0);
        need.replaceAll((k, v) -> v.setScale(3, RoundingMode.UP));
        return Optional.of(new Requirements(bill.get().getId(), need));
    }

    private void explode(Bom bill, BigDecimal quantity, Map<Long, BigDecimal> need, int level) {
        if (level > MAX_LEVELS) {
            throw new BusinessRuleException(null, "bom.tooDeep", MAX_LEVELS);
        }
        for (BomLine l : bill.getLines()) {
            BigDecimal q = quantity.multiply(l.getQuantity())
                    .multiply(BigDecimal.ONE.add(l.getScrapPct().movePointLeft(2)));
            Optional<Bom> phantom = l.isPhantom()
                    ? boms.findByProductIdAndStatus(l.getComponentId(), BomStatus.ACTIVE)
                    : Optional.empty();
            if (phantom.isPresent()) {
                explode(phantom.get(), q, need, level + 1);
            } else {
                need.merge(l.getComponentId(), q, BigDecimal::add);
            }
        }
    }

    /** The drafts and active versions that use a component. */
    @Transactional(readOnly = true)
    public List<WhereUsed> whereUsed(long componentId) {
        List<Object[]> rows = boms.whereUsed(componentId);
        Map<Long, ProductView> products = inventory.productsById(
                rows.stream().map(r -> ((Bom) r[1]).getProductId()).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    BomLine l = (BomLine) r[0];
                    Bom b = (Bom) r[1];
                    ProductView p = products.get(b.getProductId());
                    return new WhereUsed(
                            b.getId(),
                            b.getProductId(),
                            p == null ? null : p.sku(),
                            p == null ? null : p.name(LocaleContextHolder.getLocale()),
                            b.getVersionNo(),
                            b.getStatus(),
                            l.getQuantity(),
                            l.getScrapPct(),
                            l.isPhantom());
                })
                .toList();
    }

    /** What changed in a version and its components, newest first (the history page). */
    @Transactional(readOnly = true)
    public List<com.yiti.platform.ChangeRow> history(long id) {
        find(id);
        List<com.yiti.platform.ChangeRow> bill = com.yiti.platform.AuditHistory.changes(
                com.yiti.platform.AuditHistory.oldestFirst(audit.of(Bom.class, id)),
                Bom::getId,
                b -> "",
                List.of(
                        com.yiti.platform.AuditHistory.Field.coded("common.status", "bom.status.", Bom::getStatus),
                        com.yiti.platform.AuditHistory.Field.of("bom.validFrom", Bom::getValidFrom),
                        com.yiti.platform.AuditHistory.Field.of("document.note", Bom::getNote)));
        var lineEntries = audit.ofAllWhere(BomLine.class, "bomId", id);
        Map<Long, ProductView> products = inventory.productsById(
                lineEntries.stream().map(e -> e.state().getComponentId()).collect(Collectors.toSet()));
        List<com.yiti.platform.ChangeRow> lines = com.yiti.platform.AuditHistory.changes(
                com.yiti.platform.AuditHistory.oldestFirst(lineEntries),
                BomLine::getId,
                l -> "#" + l.getLineNo(),
                List.of(
                        com.yiti.platform.AuditHistory.Field.of(
                                "product.sku",
                                l -> products.containsKey(l.getComponentId())
                                        ? products.get(l.getComponentId()).sku()
                                        : l.getComponentId()),
                        com.yiti.platform.AuditHistory.Field.of(
                                "bom.quantity",
                                l -> l.getQuantity().stripTrailingZeros().toPlainString()),
                        com.yiti.platform.AuditHistory.Field.of("bom.scrapPct", BomLine::getScrapPct),
                        com.yiti.platform.AuditHistory.Field.of("bom.phantom", BomLine::isPhantom)));
        return com.yiti.platform.AuditHistory.merged(bill, lines);
    }

    // ---- changing ------------------------------------------------------------------------------------------------

    /** A new draft version of a made product's bill (numbered after its last one). */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public BomView create(BomData data) {
        ProductView product = madeProduct(data.productId());
        List<BomLine.Values> lines = check(product.id(), data);
        Bom b = new Bom(product.id(), boms.lastVersion(product.id()) + 1);
        b.apply(data.validFrom(), note(data.note()));
        boms.saveAndFlush(b);
        b.replaceLines(lines);
        boms.flush();
        return get(b.getId());
    }

    /** A new draft with the components of this version, to change without touching the one in force. */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public BomView copy(long id) {
        Bom source = find(id);
        Bom b = new Bom(source.getProductId(), boms.lastVersion(source.getProductId()) + 1);
        b.apply(null, source.getNote());
        boms.saveAndFlush(b);
        b.replaceLines(source.getLines().stream()
                .map(l -> new BomLine.Values(l.getComponentId(), l.getQuantity(), l.getScrapPct(), l.isPhantom()))
                .toList());
        boms.flush();
        return get(b.getId());
    }

    /** Changes a draft (an active or archived version no longer changes: copy it). */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public BomView update(long id, long expectedVersion, BomData data) {
        Bom b = draft(id, expectedVersion);
        if (data.productId() != null && !data.productId().equals(b.getProductId())) {
            throw new BusinessRuleException("productId", "bom.productFixed");
        }
        List<BomLine.Values> lines = check(b.getProductId(), data);
        b.apply(data.validFrom(), note(data.note()));
        b.replaceLines(lines);
        // the lines are their own rows: the version moves with them, so two planners editing one draft are told
        entities.lock(b, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        boms.flush();
        return get(id);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public void delete(long id, long expectedVersion) {
        Bom b = draft(id, expectedVersion);
        boms.delete(b);
        boms.flush();
    }

    /**
     * Puts a draft in force from a date (today when none): the version in force until now is archived. Refused when
     * the bill would contain its own product through its components' bills.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public BomView activate(long id, long expectedVersion, LocalDate validFrom) {
        Bom b = find(id);
        // every version of the product locked: two activations of one product run one after the other
        List<Bom> versions = boms.lockVersions(b.getProductId());
        entities.refresh(b);
        if (b.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Bom", id);
        }
        if (b.getStatus() != BomStatus.DRAFT) {
            throw new BusinessRuleException(null, "bom.notDraft");
        }
        if (b.getLines().isEmpty()) {
            throw new BusinessRuleException("lines", "bom.noLines");
        }
        checkNoLoop(
                b.getProductId(),
                b.getLines().stream().map(BomLine::getComponentId).toList());
        for (Bom other : versions) {
            if (other.getStatus() == BomStatus.ACTIVE && !other.getId().equals(b.getId())) {
                other.archive();
            }
        }
        b.activate(
                validFrom == null ? LocalDate.now(clock.withZone(CHINA)) : validFrom,
                clock.instant(),
                directory.require().username());
        boms.flush();
        return get(id);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private ProductView madeProduct(Long productId) {
        return madeProduct(inventory, productId);
    }

    /** The made product a bill or a routing is for, refused at {@code productId} when missing, unknown or not made. */
    static ProductView madeProduct(InventoryManagement inventory, Long productId) {
        if (productId == null) {
            throw new BusinessRuleException("productId", "field.required");
        }
        ProductView product = inventory.productsById(List.of(productId)).get(productId);
        if (product == null) {
            throw new BusinessRuleException("productId", "bom.productUnknown");
        }
        if (product.type() != ProductType.MADE) {
            throw new BusinessRuleException("productId", "production.onlyMade");
        }
        return product;
    }

    private List<BomLine.Values> check(long productId, BomData data) {
        note(data.note());
        List<BomData.Line> given = data.lines() == null ? List.of() : data.lines();
        if (given.isEmpty()) {
            throw new BusinessRuleException("lines", "bom.noLines");
        }
        if (given.size() > MAX_LINES) {
            throw new BusinessRuleException("lines", "bom.tooManyLines", MAX_LINES);
        }
        Set<Long> ids = new HashSet<>();
        given.forEach(l -> {
            if (l != null && l.componentId() != null) {
                ids.add(l.componentId());
            }
        });
        Map<Long, ProductView> components = inventory.productsById(ids);
        Set<Long> seen = new HashSet<>();
        List<BomLine.Values> values = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            BomData.Line l = given.get(i);
            String at = "lines[" + i + "].";
            if (l == null || l.componentId() == null) {
                throw new BusinessRuleException(at + "componentId", "field.required");
            }
            ProductView c = components.get(l.componentId());
            if (c == null) {
                throw new BusinessRuleException(at + "componentId", "bom.productUnknown");
            }
            if (c.type() == ProductType.SERVICE) {
                throw new BusinessRuleException(at + "componentId", "bom.componentService");
            }
            if (c.id() == productId) {
                throw new BusinessRuleException(at + "componentId", "bom.loop", c.sku() + " → " + c.sku());
            }
            if (!seen.add(c.id())) {
                throw new BusinessRuleException(at + "componentId", "bom.duplicateComponent", c.sku());
            }
            if (l.quantity() == null || l.quantity().signum() <= 0) {
                throw new BusinessRuleException(at + "quantity", "bom.quantityPositive");
            }
            if (l.quantity().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    || l.quantity().scale() > 6) {
                throw new BusinessRuleException(at + "quantity", "bom.quantityRange");
            }
            BigDecimal scrap = l.scrapPct() == null ? BigDecimal.ZERO : l.scrapPct();
            if (scrap.signum() < 0 || scrap.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new BusinessRuleException(at + "scrapPct", "bom.scrap");
            }
            if (l.isPhantom() && c.type() != ProductType.MADE) {
                throw new BusinessRuleException(at + "phantom", "bom.phantomMade");
            }
            values.add(
                    new BomLine.Values(c.id(), l.quantity(), scrap.setScale(2, RoundingMode.HALF_UP), l.isPhantom()));
        }
        try {
            checkNoLoop(
                    productId, values.stream().map(BomLine.Values::componentId).toList());
        } catch (BusinessRuleException e) {
            // name the line that closes the loop
            Long first = e.args().length > 1 ? (Long) e.args()[1] : null;
            int index = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).componentId().equals(first)) {
                    index = i;
                }
            }
            throw new BusinessRuleException("lines[" + index + "].componentId", e.code(), e.args()[0]);
        }
        return values;
    }

    /**
     * Walks down from the components through the bills in force, level by level; reaching the product again is a
     * loop, refused with its path ({@code A → B → C → A}) and the first component on it.
     */
    private void checkNoLoop(long productId, Collection<Long> componentIds) {
        Map<Long, Long> parentOf = new HashMap<>();
        Set<Long> frontier = new LinkedHashSet<>();
        for (Long c : componentIds) {
            parentOf.put(c, productId);
            frontier.add(c);
        }
        for (int level = 0; !frontier.isEmpty(); level++) {
            if (level > MAX_LEVELS) {
                throw new BusinessRuleException("lines", "bom.tooDeep", MAX_LEVELS);
            }
            Set<Long> next = new LinkedHashSet<>();
            for (Bom b : boms.withLines(BomStatus.ACTIVE, frontier)) {
                if (b.getProductId() == productId) {
                    continue; // the version being replaced
                }
                for (BomLine l : b.getLines()) {
                    long c = l.getComponentId();
                    if (c == productId) {
                        List<Long> path = new ArrayList<>();
                        path.add(productId);
                        for (Long at = b.getProductId(); at != productId; at = parentOf.get(at)) {
                            path.add(0, at);
                        }
                        path.add(0, productId);
                        Map<Long, ProductView> products = inventory.productsById(path);
                        String text =
                                path.stream().map(id -> products.get(id).sku()).collect(Collectors.joining(" → "));
                        throw new BusinessRuleException("lines", "bom.loop", text, path.get(1));
                    }
                    if (!parentOf.containsKey(c)) {
                        parentOf.put(c, b.getProductId());
                        next.add(c);
                    }
                }
            }
            frontier = next;
        }
    }

    private Bom find(long id) {
        return boms.findById(id).orElseThrow(() -> new RecordNotFoundException("Bom", id));
    }

    private Bom draft(long id, long expectedVersion) {
        Bom b = find(id);
        if (b.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Bom", id);
        }
        if (b.getStatus() != BomStatus.DRAFT) {
            throw new BusinessRuleException(null, "bom.notDraft");
        }
        return b;
    }

    private static String note(String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        return n;
    }

    private Map<Long, ProductView> productsOf(List<Bom> bs) {
        Set<Long> ids = new HashSet<>();
        for (Bom b : bs) {
            ids.add(b.getProductId());
            b.getLines().forEach(l -> ids.add(l.getComponentId()));
        }
        return inventory.productsById(ids);
    }

    private static BomView view(Bom b, Map<Long, ProductView> products, boolean withLines) {
        var locale = LocaleContextHolder.getLocale();
        ProductView p = products.get(b.getProductId());
        List<BomView.Line> lines = !withLines
                ? List.of()
                : b.getLines().stream()
                        .map(l -> {
                            ProductView c = products.get(l.getComponentId());
                            return new BomView.Line(
                                    l.getId(),
                                    l.getLineNo(),
                                    l.getComponentId(),
                                    c == null ? null : c.sku(),
                                    c == null ? null : c.name(locale),
                                    c == null ? null : c.unit(),
                                    c == null ? null : c.type(),
                                    l.getQuantity().stripTrailingZeros(),
                                    l.getScrapPct(),
                                    l.isPhantom());
                        })
                        .toList();
        return new BomView(
                b.getId(),
                b.getProductId(),
                p == null ? null : p.sku(),
                p == null ? null : p.name(locale),
                p == null ? null : p.unit(),
                b.getVersionNo(),
                b.getStatus(),
                b.getValidFrom(),
                b.getNote(),
                b.getActivatedAt(),
                b.getActivatedBy(),
                lines,
                b.getCreatedBy(),
                b.getCreatedAt(),
                b.getVersion());
    }
}
