package com.yiti.finance.web;

import com.yiti.contract.ContractManagement;
import com.yiti.finance.CollectionPlanView;
import com.yiti.finance.CollectionPlanning;
import com.yiti.finance.DueTrigger;
import com.yiti.order.OrderFactsReader;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
 * Collection plans: a plan's page (instalments with their status, milestones, the payment an instalment asks for),
 * the form, and the panels other pages load (a contract's or an order's plan, a customer's plans, the dashboard's
 * planned-vs-collected card).
 */
@Controller
@RequestMapping("/collection-plans")
class CollectionPlanController {

    private final CollectionPlanning planning;
    private final ContractManagement contracts;
    private final OrderFactsReader orders;
    private final com.yiti.finance.InvoiceRequests invoiceRequests;

    CollectionPlanController(
            CollectionPlanning planning,
            ContractManagement contracts,
            OrderFactsReader orders,
            com.yiti.finance.InvoiceRequests invoiceRequests) {
        this.invoiceRequests = invoiceRequests;
        this.planning = planning;
        this.contracts = contracts;
        this.orders = orders;
    }

    /** The plan of a contract or an order, or a customer's plans: loaded into their pages by htmx. */
    @GetMapping("/panel")
    String panel(
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) Long customerId,
            Model model) {
        List<CollectionPlanView> found;
        Long ownerCustomer = customerId;
        if (contractId != null) {
            var contract = contracts.get(contractId); // 404 outside the reader's scope
            ownerCustomer = contract.customerId();
            found = planning.forContract(contractId).map(List::of).orElse(List.of());
        } else if (orderId != null) {
            ownerCustomer = orders.header(orderId).map(o -> o.customerId()).orElse(null);
            found = planning.forOrder(orderId).map(List::of).orElse(List.of());
        } else if (customerId != null) {
            found = planning.ofCustomer(customerId);
        } else {
            found = List.of();
        }
        model.addAttribute("plans", found);
        model.addAttribute("contractId", contractId);
        model.addAttribute("orderId", orderId);
        model.addAttribute("customerView", contractId == null && orderId == null);
        model.addAttribute(
                "canAdd",
                found.isEmpty()
                        && ownerCustomer != null
                        && (contractId != null || orderId != null)
                        && planning.canWrite(ownerCustomer));
        return "finance/collection-panel :: panel";
    }

    /** Planned against collected for this month, for the manager's dashboard. */
    @GetMapping("/achievement")
    String achievement(Model model) {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        model.addAttribute("achievement", planning.achievement(month.atDay(1), month.atEndOfMonth()));
        model.addAttribute("month", month.toString());
        return "finance/collection-panel :: achievement";
    }

    @GetMapping("/new")
    String newPlan(
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) Long orderId,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CollectionPlanForm.typical(contractId, orderId));
        }
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CollectionPlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<CollectionPlanView> created = FormSubmission.submit(result, () -> planning.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "collection.saved");
            return "redirect:/collection-plans/" + created.get().id();
        }
        form.pad();
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CollectionPlanView plan = planning.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CollectionPlanForm.of(plan));
        }
        return form(model, plan);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CollectionPlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> planning.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "collection.saved");
            return "redirect:/collection-plans/" + id;
        }
        form.pad();
        return form(model, planning.get(id));
    }

    @PostMapping("/{id}/milestones")
    String milestones(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "collection.milestonesSaved",
                () -> planning.milestones(id, version, signedOn, deliveredOn, acceptedOn));
        return "redirect:/collection-plans/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        CollectionPlanView plan = planning.get(id);
        if (Flash.run(redirect, "collection.deleted", () -> planning.delete(id, version))) {
            return "redirect:" + plan.documentLink();
        }
        return "redirect:/collection-plans/" + id;
    }

    private String form(Model model, CollectionPlanView plan) {
        model.addAttribute("plan", plan);
        // each instalment's advance invoice request, if any
        model.addAttribute(
                "advanceRequests",
                plan == null
                        ? java.util.Map.of()
                        : invoiceRequests
                                .ofInstalments(plan.instalments().stream()
                                        .map(com.yiti.finance.InstalmentView::id)
                                        .toList())
                                .stream()
                                .filter(r -> r.status() != com.yiti.finance.InvoiceRequestStatus.REJECTED)
                                .collect(java.util.stream.Collectors.toMap(
                                        com.yiti.finance.InvoiceRequestView::instalmentId, r -> r, (a, b) -> a)));
        model.addAttribute("triggers", DueTrigger.values());
        return "finance/collection-plan";
    }
}
