package com.yiti.approval.web;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.Approvals;
import com.yiti.approval.StepMode;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.web.Flash;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Approvals on screen (decision 045): what waits for me (a phone-width page), one request with its path, approve or
 * reject with a comment; and ADMIN's flows per document type.
 */
@Controller
class ApprovalController {

    private final Approvals approvals;
    private final ApprovalFlows flows;
    private final UserDirectory directory;
    private final com.yiti.approval.ApprovalDelegations delegations;

    ApprovalController(
            Approvals approvals,
            ApprovalFlows flows,
            UserDirectory directory,
            com.yiti.approval.ApprovalDelegations delegations) {
        this.approvals = approvals;
        this.flows = flows;
        this.directory = directory;
        this.delegations = delegations;
    }

    /** While I am away: my delegate and period; and whom I decide for now. */
    @GetMapping("/approvals/delegation")
    String delegation(Model model) {
        model.addAttribute("delegations", delegations.mine());
        model.addAttribute("me", directory.require().id());
        model.addAttribute("users", everyone());
        return "approval/delegation";
    }

    @PostMapping("/approvals/delegation")
    String delegate(
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long delegateId,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate from,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate to,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "delegation.saved",
                () -> delegations.delegate(delegateId == null ? -1 : delegateId, from, to, note));
        return "redirect:/approvals/delegation";
    }

    @PostMapping("/approvals/delegation/{id}/cancel")
    String cancelDelegation(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "delegation.cancelled", () -> delegations.cancel(id));
        return "redirect:/approvals/delegation";
    }

    private java.util.List<com.yiti.platform.UserSummary> everyone() {
        return Arrays.stream(Role.values())
                .flatMap(r -> directory.enabledUsersWithRole(r).stream())
                .collect(java.util.stream.Collectors.toMap(
                        com.yiti.platform.UserSummary::id, u -> u, (a, b) -> a, java.util.TreeMap::new))
                .values()
                .stream()
                .sorted(java.util.Comparator.comparing(com.yiti.platform.UserSummary::displayName))
                .toList();
    }

    @GetMapping("/approvals")
    String mine(Model model) {
        model.addAttribute("requests", approvals.mine());
        return "approval/mine";
    }

    @GetMapping("/approvals/{id}")
    String request(@PathVariable long id, Model model) {
        model.addAttribute("a", approvals.get(id));
        model.addAttribute("canDecide", approvals.canDecide(id));
        return "approval/request";
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Flash.run(redirect, "approval.approved", () -> approvals.approve(id, version, comment));
        return "redirect:/approvals/" + id;
    }

    @PostMapping("/approvals/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Flash.run(redirect, "approval.rejected", () -> approvals.reject(id, version, comment));
        return "redirect:/approvals/" + id;
    }

    // ---- ADMIN: flows ---------------------------------------------------------------------------------------------

    @GetMapping("/admin/approval-flows")
    String flows(Model model) {
        model.addAttribute("types", ApprovalFlows.DOCUMENT_TYPES);
        model.addAttribute(
                "byType",
                flows.list().stream()
                        .collect(java.util.stream.Collectors.toMap(com.yiti.approval.FlowView::documentType, f -> f)));
        return "approval/flows";
    }

    @GetMapping("/admin/approval-flows/{type}")
    String flow(@PathVariable String type, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    flows.of(type).map(FlowForm::of).orElseGet(FlowForm::new).withBlankRows());
        }
        return form(type, model);
    }

    @PostMapping("/admin/approval-flows/{type}")
    String save(
            @PathVariable String type,
            @ModelAttribute("form") FlowForm form,
            Model model,
            RedirectAttributes redirect) {
        if (Flash.submit(redirect, "approval.flowSaved", () -> flows.save(type, form.getVersion(), form.toData()))
                != null) {
            return "redirect:/admin/approval-flows/" + type;
        }
        redirect.addFlashAttribute("form", form.withBlankRows());
        return "redirect:/admin/approval-flows/" + type;
    }

    private String form(String type, Model model) {
        model.addAttribute("type", type);
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values()).map(r -> "ROLE:" + r.name()).toList());
        model.addAttribute("modes", StepMode.values());
        model.addAttribute("users", everyone());
        return "approval/flow";
    }
}
