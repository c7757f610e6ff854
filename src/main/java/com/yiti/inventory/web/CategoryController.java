package com.yiti.inventory.web;

import com.yiti.inventory.ProductCategoryManagement;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
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

/** ADMIN: product categories, listed with a form; deactivated, never deleted. Same form as units. */
@Controller
@RequestMapping("/admin/categories")
class CategoryController {

    private final ProductCategoryManagement categories;

    CategoryController(ProductCategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CodeNamesForm());
        }
        model.addAttribute("categories", categories.all());
        return "inventory/categories";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var c = categories.get(id);
        CodeNamesForm form = new CodeNamesForm();
        form.setId(c.id());
        form.setCode(c.code());
        form.setNameZh(c.nameZh());
        form.setNameEn(c.nameEn());
        form.setVersion(c.version());
        model.addAttribute("form", form);
        return list(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") CodeNamesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> {
            if (form.getId() == null) {
                categories.create(form.getCode(), form.getNameZh(), form.getNameEn());
            } else {
                categories.update(form.getId(), form.getVersion(), form.getNameZh(), form.getNameEn());
            }
        })) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/categories";
        }
        return list(model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        categories.setActive(id, value);
        redirect.addFlashAttribute("message", value ? "reference.activated" : "reference.deactivated");
        return "redirect:/admin/categories";
    }
}
