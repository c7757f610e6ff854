package com.yiti.inventory.web;

import com.yiti.inventory.UnitsOfMeasure;
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

/** ADMIN: units of measure and conversions between them (1 箱 = 12 个). */
@Controller
@RequestMapping("/admin/units")
class UnitController {

    private final UnitsOfMeasure units;

    UnitController(UnitsOfMeasure units) {
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CodeNamesForm());
        }
        if (!model.containsAttribute("conversion")) {
            model.addAttribute("conversion", new ConversionForm());
        }
        model.addAttribute("units", units.all());
        model.addAttribute("activeUnits", units.active());
        model.addAttribute("conversions", units.conversions());
        return "inventory/units";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", CodeNamesForm.of(units.get(id)));
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
                units.create(form.getCode(), form.getNameZh(), form.getNameEn());
            } else {
                units.update(form.getId(), form.getVersion(), form.getNameZh(), form.getNameEn());
            }
        })) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/units";
        }
        return list(model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        units.setActive(id, value);
        redirect.addFlashAttribute("message", value ? "reference.activated" : "reference.deactivated");
        return "redirect:/admin/units";
    }

    @PostMapping("/conversions")
    String saveConversion(
            @ModelAttribute("conversion") ConversionForm conversion,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result,
                () -> units.saveConversion(conversion.getFromUnit(), conversion.getToUnit(), conversion.getFactor()))) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/units";
        }
        return list(model);
    }

    @PostMapping("/conversions/{id}/remove")
    String removeConversion(@PathVariable long id, RedirectAttributes redirect) {
        units.removeConversion(id);
        redirect.addFlashAttribute("message", "unit.conversionRemoved");
        return "redirect:/admin/units";
    }
}
