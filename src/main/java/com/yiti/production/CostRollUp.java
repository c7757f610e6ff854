package com.yiti.production;

import java.math.BigDecimal;
import java.util.List;

/**
 * A made product's standard cost computed from its active bill of materials and its routing, level by level: each
 * node is one unit of a product, with its own operations' labour and overhead, its materials (its children's
 * extended costs) and the total; a bought component (or a made one without an active bill) is costed at its standard
 * cost. {@code current} is the product's standard cost today, to compare.
 */
public record CostRollUp(Node root, BigDecimal current) {

    /**
     * One product in the tree: per unit of its parent {@code quantity} (scrap included), its unit cost and the
     * extended cost {@code quantity × unitCost}; {@code level} 0 is the product costed.
     */
    public record Node(
            int level,
            long productId,
            String sku,
            String name,
            String unit,
            boolean made,
            boolean phantom,
            BigDecimal quantity,
            BigDecimal materialCost,
            BigDecimal labourCost,
            BigDecimal overheadCost,
            BigDecimal unitCost,
            BigDecimal extendedCost,
            Integer bomVersion,
            List<Node> children) {}

    /** The nodes in the order a table shows them: each followed by its children. */
    public List<Node> rows() {
        List<Node> rows = new java.util.ArrayList<>();
        add(root, rows);
        return rows;
    }

    private static void add(Node node, List<Node> rows) {
        rows.add(node);
        node.children().forEach(c -> add(c, rows));
    }
}
