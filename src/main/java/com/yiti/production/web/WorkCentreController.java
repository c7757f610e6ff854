package com.yiti.production.web;

import com.yiti.production.RoutingManagement;
import com.yiti.production.RoutingView;
import com.yiti.production.WorkCentreManagement;
import com.yiti.production.WorkCentreView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work centres with their calendars, and routings: the planner's pages. */
@Controller
class WorkCentreController {

    private final WorkCentreManagement centres;
    private final RoutingManagement routings;
    private final com.yiti.inventory.InventoryManagement inventory;
    private final Clock clock;

    WorkCentreController(
            WorkCentreManagement centres,
            RoutingManagement routings,
            com.yiti.inventory.InventoryManagement inventory,
            Clock clock) {
        this.centres = centres;
        this.routings = routings;
        this.inventory = inventory;
        this.clock = clock;
    }

    // ---- work centres --------------------------------------------------------------------------------------------

    @GetMapping("/production/work-centres")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("centres", centres.list(q, Paging.of(page, 50, null, Set.of(), Sort.by("code"))));
        return "production/work-centres";
    }

    @GetMapping("/production/work-centres/new")
    String newCentre(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WorkCentreForm());
        }
        return centreForm(model);
    }

    private String centreForm(Model model) {
        model.addAttribute("days", DayOfWeek.values());
        return "production/work-centre-form";
    }

    @PostMapping("/production/work-centres")
    String createCentre(
            @ModelAttribute("form") WorkCentreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> centres.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "workCentre.saved");
            return "redirect:/production/work-centres/" + created.get().id();
        }
        return centreForm(model);
    }

    /** A work centre with its holidays and its hours in the next four weeks. */
    @GetMapping("/production/work-centres/{id}")
    String centre(@PathVariable long id, Model model, HttpServletRequest request) {
        WorkCentreView centre = centres.get(id);
        model.addAttribute("centre", centre);
        LocalDate monday = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDate from = monday.plusWeeks(i);
            weeks.add(new Week(from, from.plusDays(6), centres.hoursBetween(id, from, from.plusDays(6))));
        }
        model.addAttribute("weeks", weeks);
        model.addAttribute("canWrite", request.isUserInRole("PRODUCTION") || request.isUserInRole("ADMIN"));
        return "production/work-centre";
    }

    /** A week's hours at a work centre. */
    record Week(LocalDate from, LocalDate to, BigDecimal hours) {}

    @GetMapping("/production/work-centres/{id}/edit")
    String editCentre(@PathVariable long id, Model model) {
        WorkCentreView centre = centres.get(id);
        model.addAttribute("centre", centre);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WorkCentreForm.of(centre));
        }
        return centreForm(model);
    }

    @PostMapping("/production/work-centres/{id}")
    String updateCentre(
            @PathVariable long id,
            @ModelAttribute("form") WorkCentreForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> centres.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "workCentre.saved");
            return "redirect:/production/work-centres/" + id;
        }
        model.addAttribute("centre", centres.get(id));
        return centreForm(model);
    }

    @PostMapping("/production/work-centres/{id}/holidays")
    String addHoliday(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.run(redirect, "workCentre.holidayAdded", () -> centres.addHoliday(id, date, note));
        return "redirect:/production/work-centres/" + id;
    }

    @PostMapping("/production/work-centres/{id}/holidays/{holidayId}/delete")
    String removeHoliday(@PathVariable long id, @PathVariable long holidayId, RedirectAttributes redirect) {
        Flash.run(redirect, "workCentre.holidayRemoved", () -> centres.removeHoliday(id, holidayId));
        return "redirect:/production/work-centres/" + id;
    }

    // ---- routings ------------------------------------------------------------------------------------------------

    @GetMapping("/production/routings")
    String routings(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute(
                "routings", routings.list(Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return "production/routings";
    }

    @GetMapping("/production/routings/new")
    String newRouting(@RequestParam(required = false) Long productId, Model model) {
        if (productId != null) {
            var existing = routings.ofProduct(productId);
            if (existing.isPresent()) {
                return "redirect:/production/routings/" + existing.get().id();
            }
        }
        if (!model.containsAttribute("form")) {
            RoutingForm form = new RoutingForm();
            if (productId != null) {
                form.setProductSku(inventory.skuOf(productId));
            }
            model.addAttribute("form", form.withBlankRows());
        }
        return routingForm(model);
    }

    private String routingForm(Model model) {
        model.addAttribute("centres", centres.active());
        return "production/routing-form";
    }

    @PostMapping("/production/routings")
    String createRouting(
            @ModelAttribute("form") RoutingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.compact();
        var created = FormSubmission.submit(
                result, () -> BomController.onForm(() -> routings.create(form.toData(productId(form)))));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "routing.saved");
            return "redirect:/production/routings/" + created.get().id();
        }
        form.withBlankRows();
        return routingForm(model);
    }

    @GetMapping("/production/routings/{id}")
    String routing(@PathVariable long id, Model model, HttpServletRequest request) {
        RoutingView routing = routings.get(id);
        model.addAttribute("routing", routing);
        model.addAttribute(
                "labour",
                routing.operations().stream()
                        .map(RoutingView.Operation::labourCostPerUnit)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute(
                "overhead",
                routing.operations().stream()
                        .map(RoutingView.Operation::overheadCostPerUnit)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("canWrite", request.isUserInRole("PRODUCTION") || request.isUserInRole("ADMIN"));
        return "production/routing";
    }

    @GetMapping("/production/routings/{id}/edit")
    String editRouting(@PathVariable long id, Model model) {
        RoutingView routing = routings.get(id);
        model.addAttribute("routing", routing);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoutingForm.of(routing).withBlankRows());
        }
        return routingForm(model);
    }

    @PostMapping("/production/routings/{id}")
    String updateRouting(
            @PathVariable long id,
            @ModelAttribute("form") RoutingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.compact();
        RoutingView routing = routings.get(id);
        if (FormSubmission.run(
                result, () -> routings.update(id, form.getVersion(), form.toData(routing.productId())))) {
            redirect.addFlashAttribute("message", "routing.saved");
            return "redirect:/production/routings/" + id;
        }
        model.addAttribute("routing", routing);
        form.withBlankRows();
        return routingForm(model);
    }

    @PostMapping("/production/routings/{id}/delete")
    String deleteRouting(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        boolean deleted = Flash.run(redirect, "routing.deleted", () -> routings.delete(id, version));
        return deleted ? "redirect:/production/routings" : "redirect:/production/routings/" + id;
    }

    private Long productId(RoutingForm form) {
        String sku = form.getProductSku();
        if (sku == null || sku.isBlank()) {
            throw new BusinessRuleException("productSku", "field.required");
        }
        Long id = inventory.productIdsBySku(List.of(sku)).get(sku.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new BusinessRuleException("productSku", "bom.skuUnknown", sku);
        }
        return id;
    }
}
