package com.yiti.inventory.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/products")
class ProductController {

    private static final Set<String> SORTABLE = Set.of("sku", "nameZh", "nameEn", "type");

    private final InventoryManagement inventory;
    private final com.yiti.inventory.ProductCatalog catalog;

    private final com.yiti.inventory.ProductHistory productHistory;

    private final com.yiti.inventory.UnitsOfMeasure units;
    private final com.yiti.setup.TaxRateManagement taxRates;
    private final com.yiti.inventory.ProductCategoryManagement categories;

    ProductController(
            InventoryManagement inventory,
            com.yiti.inventory.ProductCatalog catalog,
            com.yiti.inventory.ProductHistory productHistory,
            com.yiti.inventory.UnitsOfMeasure units,
            com.yiti.setup.TaxRateManagement taxRates,
            com.yiti.inventory.ProductCategoryManagement categories) {
        this.categories = categories;
        this.productHistory = productHistory;
        this.inventory = inventory;
        this.catalog = catalog;
        this.units = units;
        this.taxRates = taxRates;
    }

    /** What the form offers: the active units and tax rates (a product keeps one deactivated after it was set). */
    private void choices(Model model) {
        model.addAttribute("categories", categories.active());
        model.addAttribute("units", units.active());
        model.addAttribute("taxRates", taxRates.active());
    }

    @ModelAttribute("productTypes")
    ProductType[] types() {
        return ProductType.values();
    }

    @ModelAttribute("trackings")
    com.yiti.inventory.Tracking[] trackings() {
        return com.yiti.inventory.Tracking.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProductType type,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model,
            HttpServletRequest request) {
        ProductFilter filter = new ProductFilter(q, type, active);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("products", inventory.products(filter, Paging.of(page, 20, sort, SORTABLE, Sort.by("sku"))));
        return Htmx.view(request, "inventory/products", "results");
    }

    @GetMapping("/new")
    String newProduct(Model model) {
        model.addAttribute("form", new ProductForm());
        model.addAttribute("product", null);
        choices(model);
        return "inventory/product-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> catalog.createProduct(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "product.saved");
            return "redirect:/products/" + created.get().id();
        }
        model.addAttribute("product", null);
        choices(model);
        return "inventory/product-form";
    }

    /** Who changed the product's prices and cost, and when (not for sales reps: it shows costs). */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("rows", productHistory.of(id));
        model.addAttribute("historyTitle", inventory.product(id).sku());
        model.addAttribute("historyBack", "/products/" + id);
        return "fragments/history";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ProductView p = inventory.product(id);
        model.addAttribute("product", p);
        model.addAttribute("form", ProductForm.of(p));
        choices(model);
        model.addAttribute("warehouses", inventory.locations());
        model.addAttribute(
                "balances",
                inventory.locations().stream()
                        .map(w -> inventory.balance(id, w.id()))
                        .toList());
        return "inventory/product-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProductForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> catalog.updateProduct(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "product.saved");
            return "redirect:/products/" + id;
        }
        model.addAttribute("product", inventory.product(id));
        choices(model);
        return "inventory/product-form";
    }
}
