package com.yiti.inventory;

import com.yiti.inventory.internal.ProductCategories;
import com.yiti.inventory.internal.ProductCategory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product categories: everyone reads them, ADMIN keeps them; a product may name an active one. Deactivated, never
 * deleted: products keep the category they have.
 */
@Service
@Transactional
public class ProductCategoryManagement {

    private final ProductCategories categories;

    ProductCategoryManagement(ProductCategories categories) {
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public List<ProductCategoryView> all() {
        return categories.findAllByOrderByCode().stream()
                .map(ProductCategoryManagement::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ProductCategoryView> active() {
        return all().stream().filter(ProductCategoryView::active).toList();
    }

    @Transactional(readOnly = true)
    public ProductCategoryView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return categories.findById(id).map(ProductCategory::isActive).orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProductCategoryView create(String code, String nameZh, String nameEn) {
        String c = Text.referenceCode(code);
        if (categories.findByCode(c).isPresent()) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        ProductCategory category = new ProductCategory(c);
        apply(category, nameZh, nameEn);
        return view(categories.saveAndFlush(category));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProductCategoryView update(long id, long expectedVersion, String nameZh, String nameEn) {
        ProductCategory category = find(id);
        if (category.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ProductCategory", id);
        }
        apply(category, nameZh, nameEn);
        categories.flush();
        return view(category);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProductCategoryView setActive(long id, boolean active) {
        ProductCategory category = find(id);
        category.setActive(active);
        categories.flush();
        return view(category);
    }

    private static void apply(ProductCategory category, String nameZh, String nameEn) {
        category.change(Text.requiredName(nameZh, "nameZh", 100), Text.requiredName(nameEn, "nameEn", 100));
    }

    private ProductCategory find(long id) {
        return categories.findById(id).orElseThrow(() -> new RecordNotFoundException("ProductCategory", id));
    }

    private static ProductCategoryView view(ProductCategory c) {
        return new ProductCategoryView(
                c.getId(), c.getCode(), c.getNameZh(), c.getNameEn(), c.isActive(), c.getVersion());
    }
}
