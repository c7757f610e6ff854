package com.yiti.production.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.production.BomManagement;
import com.yiti.production.BomStatus;
import com.yiti.production.BomView;
import com.yiti.production.StandardCosts;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The planner's bills of materials: the list, one version with its components and the product's other versions, the
 * form (components by SKU), activation from a date, a copy to change, where a component is used, and the cost
 * roll-up level by level with "update standard costs".
 */
@Controller
@RequestMapping("/production/boms")
class BomController {

    private final BomManagement boms;
    private final StandardCosts costs;
    private final InventoryManagement inventory;

    BomController(BomManagement boms, StandardCosts costs, InventoryManagement inventory) {
        this.boms = boms;
        this.costs = costs;
        this.inventory = inventory;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BomStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", BomStatus.values());
        model.addAttribute(
                "boms", boms.list(q, status, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "production/boms", "results");
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long productId, Model model) {
        if (!model.containsAttribute("form")) {
            BomForm form = new BomForm();
            if (productId != null) {
                form.setProductSku(inventory.skuOf(productId));
            }
            model.addAttribute("form", form.withBlankRows());
        }
        return "production/bom-form";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") BomForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.compact();
        var created = FormSubmission.submit(result, () -> onForm(() -> boms.create(form.toData(ids(form)))));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "bom.saved");
            return "redirect:/production/boms/" + created.get().id();
        }
        form.withBlankRows();
        return "production/bom-form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, HttpServletRequest request) {
        BomView bom = boms.get(id);
        model.addAttribute("bom", bom);
        model.addAttribute("versions", boms.versionsOf(bom.productId()));
        model.addAttribute("canWrite", canWrite(request));
        return "production/bom";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        BomView bom = boms.get(id);
        model.addAttribute("rows", boms.history(id));
        model.addAttribute("historyTitle", bom.sku() + " V" + bom.versionNo());
        model.addAttribute("historyBack", "/production/boms/" + id);
        return "fragments/history";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        BomView bom = boms.get(id);
        model.addAttribute("bom", bom);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BomForm.of(bom).withBlankRows());
        }
        return "production/bom-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") BomForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.compact();
        BomView bom = boms.get(id);
        form.setProductSku(bom.sku());
        if (FormSubmission.run(
                result, () -> onForm(() -> boms.update(id, form.getVersion(), form.toData(ids(form)))))) {
            redirect.addFlashAttribute("message", "bom.saved");
            return "redirect:/production/boms/" + id;
        }
        model.addAttribute("bom", bom);
        form.withBlankRows();
        return "production/bom-form";
    }

    @PostMapping("/{id}/activate")
    String activate(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            RedirectAttributes redirect) {
        Flash.run(redirect, "bom.activated", () -> boms.activate(id, version, validFrom));
        return "redirect:/production/boms/" + id;
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        BomView copy = Flash.submit(redirect, "bom.copied", () -> boms.copy(id));
        return copy == null ? "redirect:/production/boms/" + id : "redirect:/production/boms/" + copy.id() + "/edit";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        long productId = boms.get(id).productId();
        boolean deleted = Flash.run(redirect, "bom.deleted", () -> boms.delete(id, version));
        if (!deleted) {
            return "redirect:/production/boms/" + id;
        }
        return boms.versionsOf(productId).stream()
                .findFirst()
                .map(v -> "redirect:/production/boms/" + v.id())
                .orElse("redirect:/production/boms");
    }

    /** Where a component is used (drafts and versions in force). */
    @GetMapping("/where-used")
    String whereUsed(@RequestParam(required = false) String sku, Model model) {
        model.addAttribute("sku", sku);
        if (sku != null && !sku.isBlank()) {
            Long id = inventory.productIdsBySku(List.of(sku)).get(sku.strip().toUpperCase(Locale.ROOT));
            model.addAttribute("found", id != null);
            if (id != null) {
                model.addAttribute("component", inventory.product(id));
                model.addAttribute("uses", boms.whereUsed(id));
            }
        }
        return "production/where-used";
    }

    /** The cost roll-up of the product a version belongs to (the version in force is costed). */
    @GetMapping("/cost")
    String cost(@RequestParam long productId, Model model, HttpServletRequest request) {
        model.addAttribute("product", inventory.product(productId));
        model.addAttribute("rollUp", costs.rollUp(productId));
        model.addAttribute("outputBasis", costs.outputBasis(productId));
        model.addAttribute("active", boms.active(productId).orElse(null));
        model.addAttribute("canWrite", canWrite(request));
        return "production/bom-cost";
    }

    @PostMapping("/cost")
    String updateCost(@RequestParam long productId, RedirectAttributes redirect) {
        Flash.run(redirect, "bom.costUpdated", () -> costs.update(productId));
        return "redirect:/production/boms/cost?productId=" + productId;
    }

    /** How the product's output goes into stock: at actual, or at standard with the variance posted. */
    @PostMapping("/cost/basis")
    String outputBasis(
            @RequestParam long productId,
            @RequestParam(required = false) com.yiti.production.OutputBasis basis,
            RedirectAttributes redirect) {
        Flash.run(redirect, "costing.basisSaved", () -> costs.setOutputBasis(productId, basis));
        return "redirect:/production/boms/cost?productId=" + productId;
    }

    private static boolean canWrite(HttpServletRequest request) {
        return request.isUserInRole("PRODUCTION") || request.isUserInRole("ADMIN");
    }

    /** The SKUs of the form resolved; one that names no product is refused at its row. */
    private Map<String, Long> ids(BomForm form) {
        Map<String, Long> ids = inventory.productIdsBySku(form.skus());
        if (form.getProductSku() != null
                && !form.getProductSku().isBlank()
                && !ids.containsKey(form.getProductSku().strip().toUpperCase(Locale.ROOT))) {
            throw new BusinessRuleException("productSku", "bom.skuUnknown", form.getProductSku());
        }
        for (int i = 0; i < form.getLines().size(); i++) {
            String sku = form.getLines().get(i).getSku();
            if (sku != null && !sku.isBlank() && !ids.containsKey(sku.strip().toUpperCase(Locale.ROOT))) {
                throw new BusinessRuleException("lines[" + i + "].sku", "bom.skuUnknown", sku);
            }
        }
        return ids;
    }

    /** The facade names ids; the form shows SKUs: its refusals move to the SKU fields. */
    static <T> T onForm(Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessRuleException e) {
            String field = e.field();
            if (field != null && field.endsWith("componentId")) {
                field = field.substring(0, field.length() - "componentId".length()) + "sku";
            } else if ("productId".equals(field)) {
                field = "productSku";
            }
            throw new BusinessRuleException(field, e.code(), e.args());
        }
    }
}
