package com.yiti.finance;

import com.yiti.finance.internal.TaxCode;
import com.yiti.finance.internal.TaxCodes;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tax classification codes per product (税收分类编码, 19 digits, and the short name printed as *简称*): kept by FINANCE
 * and ADMIN; a product without one cannot be on a VAT invoice request.
 */
@Service
@Transactional
public class TaxCodeManagement {

    private final TaxCodes codes;
    private final InventoryManagement inventory;

    TaxCodeManagement(TaxCodes codes, InventoryManagement inventory) {
        this.codes = codes;
        this.inventory = inventory;
    }

    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<TaxCodeView> list(String q, Pageable pageable) {
        Page<ProductView> products = inventory.products(new ProductFilter(q, null, null), pageable);
        Map<Long, TaxCode> known =
                codes
                        .findAllById(products.getContent().stream()
                                .map(ProductView::id)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(TaxCode::getProductId, c -> c));
        return products.map(p -> view(p, known.get(p.id())));
    }

    /** Sets a product's code and short name (with the version read; -1 for a product without one yet). */
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    public TaxCodeView save(long productId, long expectedVersion, String code, String shortName) {
        ProductView p = inventory.productsById(java.util.List.of(productId)).get(productId);
        if (p == null) {
            throw new RecordNotFoundException("Product", productId);
        }
        String c = code == null ? "" : code.replace(" ", "").trim();
        if (!c.matches("\\d{19}")) {
            throw new BusinessRuleException("taxCode", "taxCode.format");
        }
        String s = shortName == null ? "" : shortName.trim();
        if (s.isEmpty() || s.length() > 40) {
            throw new BusinessRuleException("shortName", "taxCode.shortNameRequired");
        }
        TaxCode t = codes.findById(productId).orElse(null);
        if (t == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentChangeException("TaxCode", productId);
            }
            t = new TaxCode(productId);
        } else if (t.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("TaxCode", productId);
        }
        t.set(c, s);
        codes.saveAndFlush(t);
        return view(p, t);
    }

    private static TaxCodeView view(ProductView p, TaxCode t) {
        return new TaxCodeView(
                p.id(),
                p.sku(),
                p.nameZh(),
                p.unit(),
                t == null ? null : t.getCode(),
                t == null ? null : t.getShortName(),
                t == null ? -1 : t.getVersion());
    }
}
