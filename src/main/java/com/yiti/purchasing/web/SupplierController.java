package com.yiti.purchasing.web;

import com.yiti.purchasing.SupplierView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
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

/** Suppliers: PURCHASING keeps them; MANAGER reads. */
@Controller
@RequestMapping("/suppliers")
class SupplierController {

    private final com.yiti.purchasing.SupplierManagement supplierManagement;

    SupplierController(com.yiti.purchasing.SupplierManagement supplierManagement) {
        this.supplierManagement = supplierManagement;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute(
                "suppliers", supplierManagement.suppliers(q, Paging.of(page, 20, null, Set.of(), Sort.by("name"))));
        model.addAttribute("quality", supplierManagement.supplierQuality());
        return Htmx.view(request, "purchasing/suppliers", "results");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new SupplierForm());
        model.addAttribute("supplier", null);
        return "purchasing/supplier-form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") SupplierForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<SupplierView> created =
                FormSubmission.submit(result, () -> supplierManagement.createSupplier(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "supplier.saved");
            return "redirect:/suppliers";
        }
        model.addAttribute("supplier", null);
        return "purchasing/supplier-form";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        SupplierView s = supplierManagement.supplier(id);
        model.addAttribute("form", SupplierForm.of(s));
        model.addAttribute("supplier", s);
        return "purchasing/supplier-form";
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SupplierForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> supplierManagement.updateSupplier(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "supplier.saved");
            return "redirect:/suppliers";
        }
        model.addAttribute("supplier", supplierManagement.supplier(id));
        return "purchasing/supplier-form";
    }
}
