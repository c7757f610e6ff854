package com.yiti.inventory;

import com.yiti.inventory.internal.Bin;
import com.yiti.inventory.internal.Bins;
import com.yiti.inventory.internal.ProductBin;
import com.yiti.inventory.internal.ProductBins;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bins (货位) inside a warehouse (decision 028), optional: a warehouse without bins works as before. The warehouse
 * (or ADMIN) sets them up and gives each product its home bin; pick lists and count sheets follow the bins' order, so
 * a picker walks the aisles once.
 */
@Service
@Transactional
public class BinManagement {

    private static final String CODE = "[A-Z0-9][A-Z0-9._/-]{0,19}";

    private final Bins bins;
    private final ProductBins productBins;
    private final Products products;
    private final Warehouses warehouses;

    BinManagement(Bins bins, ProductBins productBins, Products products, Warehouses warehouses) {
        this.bins = bins;
        this.productBins = productBins;
        this.products = products;
        this.warehouses = warehouses;
    }

    /** A warehouse's bins by code, with how many products live in each. */
    @Transactional(readOnly = true)
    public List<BinView> bins(long warehouseId) {
        Map<Long, Long> counts = new HashMap<>();
        productBins.countsIn(warehouseId).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return bins.findByWarehouseIdOrderByCode(warehouseId).stream()
                .map(b -> view(b, counts.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public BinView create(long warehouseId, String code, String name) {
        warehouses.findById(warehouseId).orElseThrow(() -> new RecordNotFoundException("Warehouse", warehouseId));
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches(CODE)) {
            throw new BusinessRuleException("code", "bin.codePattern");
        }
        if (bins.findByWarehouseIdAndCode(warehouseId, c).isPresent()) {
            throw new BusinessRuleException("code", "bin.codeTaken", c);
        }
        String n = name == null || name.isBlank() ? null : name.trim();
        if (n != null && n.length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        return view(bins.saveAndFlush(new Bin(warehouseId, c, n)), 0);
    }

    /** A bin no product lives in any more is retired (kept for history). */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public BinView deactivate(long binId) {
        Bin bin = bins.findById(binId).orElseThrow(() -> new RecordNotFoundException("Bin", binId));
        if (productBins.countByBinId(binId) > 0) {
            throw new BusinessRuleException(null, "bin.inUse", bin.getCode());
        }
        bin.deactivate();
        bins.flush();
        return view(bin, 0);
    }

    /**
     * Gives a product (by SKU) its home bin in the bin's warehouse, or moves it there; refused at the field for an
     * unknown SKU, a service, or a retired bin.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public void assign(String sku, long binId) {
        String s = sku == null ? "" : sku.trim().toUpperCase(Locale.ROOT);
        var product = products.findBySku(s).orElseThrow(() -> new BusinessRuleException("sku", "bin.unknownSku", s));
        if (product.getType() == ProductType.SERVICE) {
            throw new BusinessRuleException("sku", "stock.serviceNotStocked");
        }
        Bin bin = bins.findById(binId).orElseThrow(() -> new BusinessRuleException("binId", "bin.unknown"));
        if (!bin.isActive()) {
            throw new BusinessRuleException("binId", "bin.inactive", bin.getCode());
        }
        productBins
                .findByProductIdAndWarehouseId(product.getId(), bin.getWarehouseId())
                .ifPresentOrElse(
                        pb -> pb.moveTo(bin.getId()),
                        () -> productBins.save(new ProductBin(product.getId(), bin.getWarehouseId(), bin.getId())));
        productBins.flush();
    }

    /** Home bin codes of these products in a warehouse (products without one are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> binsOf(long warehouseId, Collection<Long> productIds) {
        Map<Long, String> codes = new HashMap<>();
        if (!productIds.isEmpty()) {
            productBins.codesOf(warehouseId, productIds).forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        return codes;
    }

    /** A bin's code (null for none). */
    @Transactional(readOnly = true)
    public String codeOf(Long binId) {
        return binId == null ? null : bins.findById(binId).map(Bin::getCode).orElse(null);
    }

    /** The products whose home is this bin (a count of the bin counts them), and the bin's warehouse. */
    @Transactional(readOnly = true)
    public Map.Entry<Long, List<Long>> productsIn(long binId) {
        Bin bin = bins.findById(binId).orElseThrow(() -> new BusinessRuleException("binId", "bin.unknown"));
        return Map.entry(
                bin.getWarehouseId(),
                productBins.findByBinId(binId).stream()
                        .map(ProductBin::getProductId)
                        .toList());
    }

    /** The products of a warehouse in bin order, for the bins page: product id and bin code. */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> assignments(long warehouseId) {
        return productBins.allIn(warehouseId).stream()
                .map(r -> Map.entry((Long) r[0], (String) r[1]))
                .toList();
    }

    private static BinView view(Bin b, long count) {
        return new BinView(
                b.getId(), b.getWarehouseId(), b.getCode(), b.getName(), b.isActive(), count, b.getVersion());
    }
}
