package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.WarehouseView;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.UserDirectory;
import com.yiti.production.internal.MrpPeg;
import com.yiti.production.internal.MrpPegs;
import com.yiti.production.internal.MrpProposal;
import com.yiti.production.internal.MrpProposals;
import com.yiti.production.internal.PlanLine;
import com.yiti.production.internal.PlanLines;
import com.yiti.production.internal.PlanningPolicies;
import com.yiti.production.internal.PlanningPolicy;
import com.yiti.production.internal.ProductionOrder;
import com.yiti.production.internal.ProductionOrders;
import com.yiti.production.spi.PurchaseSupply;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planner does with a run's proposals (decision 042): reads them with their pegging and reasons, changes a
 * quantity or due date, firms one — a production order (taking over the order lines' plan lines it serves) or a
 * requisition — or drops it. Also each product's lot sizing and safety stock. PRODUCTION and ADMIN decide; MANAGER
 * and PURCHASING read.
 */
@Service
@Transactional
public class PlanningProposals {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MrpProposals proposals;
    private final MrpPegs pegs;
    private final PlanningPolicies policies;
    private final PlanLines planLines;
    private final ProductionOrders orders;
    private final DocumentNumbers numbers;
    private final InventoryManagement inventory;
    private final ObjectProvider<PurchaseSupply> purchasing;
    private final UserDirectory directory;
    private final Clock clock;

    PlanningProposals(
            MrpProposals proposals,
            MrpPegs pegs,
            PlanningPolicies policies,
            PlanLines planLines,
            ProductionOrders orders,
            DocumentNumbers numbers,
            InventoryManagement inventory,
            ObjectProvider<PurchaseSupply> purchasing,
            UserDirectory directory,
            Clock clock) {
        this.proposals = proposals;
        this.pegs = pegs;
        this.policies = policies;
        this.planLines = planLines;
        this.orders = orders;
        this.numbers = numbers;
        this.inventory = inventory;
        this.purchasing = purchasing;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /**
     * Proposals of the last run (and firmed ones of earlier runs), optionally of one status and kind, of products
     * matching a text, or late only; earliest start first.
     */
    @Transactional(readOnly = true)
    public Page<ProposalView> list(ProposalStatus status, String kind, String q, boolean lateOnly, Pageable pageable) {
        Collection<Long> products = null;
        if (q != null && !q.isBlank()) {
            products = inventory
                    .products(new ProductFilter(q.strip(), null, null), PageRequest.of(0, 500))
                    .map(ProductView::id)
                    .getContent();
            if (products.isEmpty()) {
                return new PageImpl<>(List.of(), pageable, 0);
            }
        }
        Set<ProposalStatus> statuses =
                status == null ? EnumSet.of(ProposalStatus.PROPOSED, ProposalStatus.FIRMED) : EnumSet.of(status);
        Page<MrpProposal> page =
                proposals.find(statuses, kind == null || kind.isBlank() ? null : kind, lateOnly, products, pageable);
        return views(page);
    }

    /** A run's proposals with their pegging, a page at a time (a later run replaces all but the firmed ones). */
    @Transactional(readOnly = true)
    public Page<ProposalView> ofRun(long runId, Pageable pageable) {
        Page<MrpProposal> page = proposals.findByRunId(runId, pageable);
        Map<Long, List<ProposalView.Peg>> byProposal =
                pegs
                        .findByProposalIdIn(page.getContent().stream()
                                .map(MrpProposal::getId)
                                .toList())
                        .stream()
                        .sorted(Comparator.comparing(MrpPeg::getNeedDate).thenComparing(MrpPeg::getId))
                        .collect(Collectors.groupingBy(
                                MrpPeg::getProposalId,
                                Collectors.mapping(PlanningProposals::peg, Collectors.toList())));
        Map<Long, ProductView> products = inventory.productsById(
                page.getContent().stream().map(MrpProposal::getProductId).collect(Collectors.toSet()));
        Map<Long, String> codes = warehouseCodes();
        return page.map(p -> view(p, products, codes, byProposal.getOrDefault(p.getId(), List.of())));
    }

    @Transactional(readOnly = true)
    public ProposalView get(long id) {
        MrpProposal p = proposals.findById(id).orElseThrow(() -> new RecordNotFoundException("MrpProposal", id));
        List<ProposalView.Peg> pegViews = pegs.findByProposalIdOrderByNeedDateAscIdAsc(id).stream()
                .map(PlanningProposals::peg)
                .toList();
        return view(p, inventory.productsById(List.of(p.getProductId())), warehouseCodes(), pegViews);
    }

    /** Proposals serving these order lines (for the order page), firmed or not, earliest due first. */
    @Transactional(readOnly = true)
    public List<ProposalView> forOrderLines(Collection<Long> orderLineIds) {
        if (orderLineIds.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = pegs.findByOrderLineIdIn(orderLineIds).stream()
                .map(MrpPeg::getProposalId)
                .collect(Collectors.toSet());
        List<MrpProposal> found = proposals.findAllById(ids).stream()
                .filter(p -> p.getStatus() != ProposalStatus.DROPPED)
                .sorted(Comparator.comparing(MrpProposal::getDueDate))
                .toList();
        return views(new PageImpl<>(found)).getContent();
    }

    // ---- deciding ------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProposalView change(long id, long expectedVersion, BigDecimal quantity, LocalDate due) {
        MrpProposal p = proposed(id, expectedVersion);
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
        }
        if (due == null) {
            throw new BusinessRuleException("dueDate", "mrp.dueRequired");
        }
        if (due.isBefore(today())) {
            throw new BusinessRuleException("dueDate", "mrp.dueInPast");
        }
        p.change(quantity.setScale(3, RoundingMode.UNNECESSARY), due, actor(), clock.instant());
        proposals.flush();
        return get(id);
    }

    /**
     * Firms a proposal. To make: a production order for its quantity and due date, on which the plan lines of the
     * order lines it serves are planned (so the order page follows it) and a plan line of source PLAN holds the rest.
     * To buy: a requisition purchasing turns into a purchase order.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProposalView firm(long id, long expectedVersion) {
        MrpProposal p = proposed(id, expectedVersion);
        if (p.isMake()) {
            ProductionOrder order = orders.saveAndFlush(new ProductionOrder(
                    numbers.next("MO"), p.getProductId(), p.getWarehouseId(), p.getQuantity(), p.getDueDate()));
            BigDecimal left = p.getQuantity();
            List<MrpPeg> served = pegs.findByProposalIdOrderByNeedDateAscIdAsc(id);
            Map<Long, BigDecimal> pegged = served.stream()
                    .filter(g -> g.getPlanLineId() != null)
                    .collect(Collectors.toMap(MrpPeg::getPlanLineId, MrpPeg::getQuantity, BigDecimal::add));
            for (PlanLine line : planLines.findAllById(pegged.keySet()).stream()
                    .sorted(Comparator.comparing(PlanLine::getNeedBy))
                    .toList()) {
                // a plan line moves over whole: when this proposal serves all of it and it fits
                if (line.getStatus() == PlanLineStatus.OPEN
                        && pegged.get(line.getId()).compareTo(line.getQuantity()) >= 0
                        && line.getQuantity().compareTo(left) <= 0) {
                    line.plannedOn(order.getId());
                    left = left.subtract(line.getQuantity());
                }
            }
            if (left.signum() > 0) {
                PlanLine rest = planLines.save(new PlanLine(
                        p.getProductId(),
                        p.getWarehouseId(),
                        left,
                        p.getDueDate(),
                        DemandSource.PLAN,
                        null,
                        null,
                        null));
                rest.plannedOn(order.getId());
            }
            p.firmed(order.getId(), order.getNumber(), actor(), clock.instant());
        } else {
            PurchaseSupply buying = purchasing.getIfAvailable();
            if (buying == null) {
                throw new BusinessRuleException(null, "mrp.noPurchasing");
            }
            PurchaseSupply.Placed req =
                    buying.requisition(p.getProductId(), p.getWarehouseId(), p.getQuantity(), p.getDueDate());
            p.firmed(req.id(), req.reference(), actor(), clock.instant());
        }
        proposals.flush();
        return get(id);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProposalView drop(long id, long expectedVersion) {
        MrpProposal p = proposed(id, expectedVersion);
        p.dropped(actor(), clock.instant());
        proposals.flush();
        return get(id);
    }

    // ---- policies ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PlanningPolicyView policy(long productId) {
        ProductView product = inventory.product(productId);
        return policies.findById(productId)
                .map(p -> policyView(p, product))
                .orElseGet(() -> new PlanningPolicyView(
                        productId,
                        product.sku(),
                        LotPolicy.LOT_FOR_LOT,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        -1));
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public PlanningPolicyView setPolicy(
            long productId,
            long expectedVersion,
            LotPolicy policy,
            BigDecimal lotQuantity,
            BigDecimal lotMultiple,
            BigDecimal safetyStock) {
        ProductView product = inventory.product(productId);
        if (product.type() == com.yiti.inventory.ProductType.SERVICE) {
            throw new BusinessRuleException("productId", "mrp.notStocked");
        }
        if (policy == null) {
            throw new BusinessRuleException("policy", "mrp.policyRequired");
        }
        BigDecimal lot = quantity("lotQuantity", lotQuantity);
        BigDecimal multiple = quantity("lotMultiple", lotMultiple);
        BigDecimal safety = quantity("safetyStock", safetyStock);
        if (policy == LotPolicy.FIXED && lot.signum() <= 0) {
            throw new BusinessRuleException("lotQuantity", "mrp.fixedLotRequired");
        }
        PlanningPolicy row = policies.findById(productId).orElse(null);
        if (row == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentChangeException("PlanningPolicy", productId);
            }
            row = new PlanningPolicy(productId);
        } else if (row.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("PlanningPolicy", productId);
        }
        row.set(policy, lot, multiple, safety);
        return policyView(policies.saveAndFlush(row), product);
    }

    private static BigDecimal quantity(String field, BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        if (v.signum() < 0) {
            throw new BusinessRuleException(field, "mrp.notNegative");
        }
        if (v.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException(field, "stock.quantityScale", 3);
        }
        return v.setScale(3, RoundingMode.UNNECESSARY);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private MrpProposal proposed(long id, long expectedVersion) {
        MrpProposal p = proposals.lock(id).orElseThrow(() -> new RecordNotFoundException("MrpProposal", id));
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("MrpProposal", id);
        }
        if (p.getStatus() != ProposalStatus.PROPOSED) {
            throw new BusinessRuleException(null, "mrp.notProposed");
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private Map<Long, String> warehouseCodes() {
        return inventory.locations().stream().collect(Collectors.toMap(WarehouseView::id, WarehouseView::code));
    }

    private Page<ProposalView> views(Page<MrpProposal> page) {
        Map<Long, ProductView> products = inventory.productsById(
                page.getContent().stream().map(MrpProposal::getProductId).collect(Collectors.toSet()));
        Map<Long, String> codes = warehouseCodes();
        return page.map(p -> view(p, products, codes, List.of()));
    }

    private static ProposalView.Peg peg(MrpPeg g) {
        return new ProposalView.Peg(
                g.getDemandKind(),
                g.getQuantity(),
                g.getNeedDate(),
                g.getReference(),
                g.getOrderLineId(),
                g.getParentProposalId());
    }

    private static PlanningPolicyView policyView(PlanningPolicy p, ProductView product) {
        return new PlanningPolicyView(
                p.getProductId(),
                product.sku(),
                p.getLotPolicy(),
                p.getLotQuantity(),
                p.getLotMultiple(),
                p.getSafetyStock(),
                p.getVersion());
    }

    private static ProposalView view(
            MrpProposal p, Map<Long, ProductView> products, Map<Long, String> codes, List<ProposalView.Peg> pegs) {
        ProductView product = products.get(p.getProductId());
        return new ProposalView(
                p.getId(),
                p.getRunId(),
                p.getProductId(),
                product.sku(),
                product.name(LocaleContextHolder.getLocale()),
                product.unit(),
                p.getWarehouseId(),
                codes.get(p.getWarehouseId()),
                p.getKind(),
                p.getLowLevelCode(),
                p.getQuantity(),
                p.getStartDate(),
                p.getDueDate(),
                p.getProposedQuantity(),
                p.getProposedDueDate(),
                p.getFeasibleDate(),
                p.isLate(),
                MaterialsPlanning.decode(p.getReasons()),
                p.getStatus(),
                p.getDocumentId(),
                p.getDocumentNumber(),
                p.getDecidedBy(),
                p.getDecidedAt(),
                p.getVersion(),
                pegs);
    }
}
