package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductCatalog;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.Bom;
import com.yiti.production.internal.BomLine;
import com.yiti.production.internal.Boms;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost roll-up: a made product's standard cost from its bill of materials in force (each component's quantity
 * with its scrap, at the component's own rolled-up cost when it is made, else at its standard cost) and its routing
 * (each operation's hours per unit × the work centre's labour and overhead rates), level by level. Updating writes
 * the rolled-up costs to the product and to every made product below it.
 */
@Service
@Transactional(readOnly = true)
public class StandardCosts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Boms boms;
    private final RoutingManagement routings;
    private final InventoryManagement inventory;
    private final ProductCatalog catalog;
    private final com.yiti.production.internal.OutputCostings costings;

    StandardCosts(
            Boms boms,
            RoutingManagement routings,
            InventoryManagement inventory,
            ProductCatalog catalog,
            com.yiti.production.internal.OutputCostings costings) {
        this.costings = costings;
        this.boms = boms;
        this.routings = routings;
        this.inventory = inventory;
        this.catalog = catalog;
    }

    /** The product's cost, level by level, from what is in force today. */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'MANAGER', 'ADMIN')")
    public CostRollUp rollUp(long productId) {
        Tree tree = load(productId);
        ProductView product = tree.products.get(productId);
        if (product == null) {
            throw new com.yiti.shared.RecordNotFoundException("Product", productId);
        }
        CostRollUp.Node root = node(tree, productId, 0, BigDecimal.ONE, false, new HashSet<>());
        return new CostRollUp(root, product.standardCost());
    }

    /** Writes the rolled-up costs to the product and every made product in its tree; answers the roll-up. */
    @Transactional
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public CostRollUp update(long productId) {
        CostRollUp rolled = rollUp(productId);
        if (rolled.root().bomVersion() == null) {
            throw new BusinessRuleException(null, "bom.noActive");
        }
        Map<Long, BigDecimal> costs = new LinkedHashMap<>();
        for (CostRollUp.Node n : rolled.rows()) {
            if (n.bomVersion() != null) {
                costs.put(n.productId(), n.unitCost());
            }
        }
        catalog.setStandardCosts(costs);
        return rollUp(productId);
    }

    /** How the product's output goes into stock (actual unless set to standard, decision 044). */
    public OutputBasis outputBasis(long productId) {
        return costings.findById(productId)
                .map(com.yiti.production.internal.OutputCosting::getBasis)
                .orElse(OutputBasis.ACTUAL);
    }

    /** Sets how the product's output goes into stock; the next completion uses it. */
    @Transactional
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public OutputBasis setOutputBasis(long productId, OutputBasis basis) {
        BomManagement.madeProduct(inventory, productId);
        if (basis == null) {
            throw new BusinessRuleException("basis", "costing.basisRequired");
        }
        costings.findById(productId)
                .orElseGet(() -> costings.save(new com.yiti.production.internal.OutputCosting(productId, basis)))
                .set(basis);
        return basis;
    }

    private record Tree(Map<Long, Bom> bills, Map<Long, RoutingView> routings, Map<Long, ProductView> products) {}

    /** The bills in force below a product, level by level, with their routings and products: a few reads a level. */
    private Tree load(long productId) {
        Map<Long, Bom> bills = new HashMap<>();
        Set<Long> all = new HashSet<>(List.of(productId));
        Set<Long> frontier = new HashSet<>(all);
        for (int level = 0; !frontier.isEmpty(); level++) {
            if (level > BomManagement.MAX_LEVELS) {
                throw new BusinessRuleException(null, "bom.tooDeep", BomManagement.MAX_LEVELS);
            }
            Set<Long> next = new HashSet<>();
            for (Bom b : boms.withLines(BomStatus.ACTIVE, frontier)) {
                bills.put(b.getProductId(), b);
                for (BomLine l : b.getLines()) {
                    if (all.add(l.getComponentId())) {
                        next.add(l.getComponentId());
                    }
                }
            }
            frontier = next;
        }
        return new Tree(bills, routings.ofProducts(bills.keySet()), inventory.productsById(all));
    }

    private CostRollUp.Node node(
            Tree tree, long productId, int level, BigDecimal quantity, boolean phantom, Set<Long> path) {
        ProductView p = tree.products.get(productId);
        Bom bill = tree.bills.get(productId);
        if (!path.add(productId)) {
            throw new BusinessRuleException(null, "bom.loop", p.sku());
        }
        List<CostRollUp.Node> children = new ArrayList<>();
        BigDecimal material;
        BigDecimal labour = BigDecimal.ZERO;
        BigDecimal overhead = BigDecimal.ZERO;
        if (bill == null) {
            material = p.standardCost() == null ? BigDecimal.ZERO : p.standardCost();
        } else {
            material = BigDecimal.ZERO;
            for (BomLine l : bill.getLines()) {
                BigDecimal q = l.getQuantity()
                        .multiply(BigDecimal.ONE.add(l.getScrapPct().divide(HUNDRED, 6, RoundingMode.HALF_UP)));
                CostRollUp.Node child = node(tree, l.getComponentId(), level + 1, q, l.isPhantom(), path);
                children.add(child);
                material = material.add(child.extendedCost());
            }
            RoutingView routing = tree.routings.get(productId);
            if (routing != null) {
                for (RoutingView.Operation o : routing.operations()) {
                    labour = labour.add(o.labourCostPerUnit());
                    overhead = overhead.add(o.overheadCostPerUnit());
                }
            }
        }
        path.remove(productId);
        BigDecimal unit = money(material.add(labour).add(overhead));
        return new CostRollUp.Node(
                level,
                productId,
                p.sku(),
                p.name(LocaleContextHolder.getLocale()),
                p.unit(),
                p.type() == ProductType.MADE,
                phantom,
                quantity.stripTrailingZeros(),
                money(material),
                money(labour),
                money(overhead),
                unit,
                money(quantity.multiply(unit)),
                bill == null ? null : bill.getVersionNo(),
                children);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }
}
