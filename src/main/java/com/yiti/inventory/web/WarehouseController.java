package com.yiti.inventory.web;

import com.yiti.inventory.InventorySetup;
import com.yiti.shared.BusinessRuleException;
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

/** ADMIN: warehouses and the quarantine location, listed with a form to add or edit one; deactivated when empty. */
@Controller
@RequestMapping("/admin/warehouses")
class WarehouseController {

    private final InventorySetup warehouses;

    WarehouseController(InventorySetup warehouses) {
        this.warehouses = warehouses;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WarehouseForm());
        }
        model.addAttribute("warehouses", warehouses.all());
        return "inventory/warehouses";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", WarehouseForm.of(warehouses.get(id)));
        return list(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") WarehouseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> {
            if (form.getId() == null) {
                warehouses.create(form.toData());
            } else {
                warehouses.update(form.getId(), form.getVersion(), form.toData());
            }
        })) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/warehouses";
        }
        return list(model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        try {
            warehouses.setActive(id, value);
            redirect.addFlashAttribute("message", value ? "reference.activated" : "reference.deactivated");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        }
        return "redirect:/admin/warehouses";
    }
}
