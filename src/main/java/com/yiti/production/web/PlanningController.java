package com.yiti.production.web;

import com.yiti.production.DemandForecasts;
import com.yiti.production.ForecastView;
import com.yiti.production.LotPolicy;
import com.yiti.production.MaterialsPlanning;
import com.yiti.production.MrpRunStatus;
import com.yiti.production.PlanningProposals;
import com.yiti.production.ProposalStatus;
import com.yiti.production.ProposalView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planner's screens (decision 042): material planning — the last run, "Run now", the proposals with filters, a
 * proposal with the demands it serves and why it is late, change / firm / drop, the product's lot sizing — and the
 * demand forecast with its error and the planner's overrides. PURCHASING reads both.
 */
@Controller
class PlanningController {

    private final MaterialsPlanning planning;
    private final PlanningProposals proposals;
    private final DemandForecasts forecasts;

    PlanningController(MaterialsPlanning planning, PlanningProposals proposals, DemandForecasts forecasts) {
        this.planning = planning;
        this.proposals = proposals;
        this.forecasts = forecasts;
    }

    @GetMapping("/production/mrp")
    String mrp(
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false, defaultValue = "false") boolean late,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        var runs = planning.runs(org.springframework.data.domain.PageRequest.of(0, 5));
        model.addAttribute("runs", runs.getContent());
        model.addAttribute("running", runs.getContent().stream().anyMatch(r -> r.status() == MrpRunStatus.RUNNING));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("late", late);
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute(
                "proposals",
                proposals.list(
                        status,
                        kind,
                        q,
                        late,
                        Paging.of(
                                page,
                                25,
                                null,
                                Set.of(),
                                Sort.by(
                                        Sort.Order.asc("startDate"),
                                        Sort.Order.asc("lowLevelCode"),
                                        Sort.Order.asc("id")))));
        model.addAttribute("canWrite", canWrite(request));
        return Htmx.view(request, "production/mrp", "results");
    }

    /** The runs panel, polled while a run is on; once it is over the whole page reloads with the new plan. */
    @GetMapping("/production/mrp/runs")
    String runsPanel(
            @RequestParam(required = false, defaultValue = "false") boolean watching,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var runs = planning.runs(org.springframework.data.domain.PageRequest.of(0, 5));
        boolean running = runs.getContent().stream().anyMatch(r -> r.status() == MrpRunStatus.RUNNING);
        model.addAttribute("runs", runs.getContent());
        model.addAttribute("running", running);
        if (watching && !running) {
            response.setHeader("HX-Refresh", "true");
        }
        return "production/mrp :: runs";
    }

    @PostMapping("/production/mrp/runs")
    String run(RedirectAttributes redirect) {
        Flash.run(redirect, "mrp.started", planning::start);
        return "redirect:/production/mrp";
    }

    @GetMapping("/production/mrp/proposals/{id}")
    String proposal(@PathVariable long id, Model model, HttpServletRequest request) {
        ProposalView p = proposals.get(id);
        model.addAttribute("p", p);
        model.addAttribute("policy", proposals.policy(p.productId()));
        model.addAttribute("policies", LotPolicy.values());
        model.addAttribute("canWrite", canWrite(request));
        return "production/proposal";
    }

    @PostMapping("/production/mrp/proposals/{id}")
    String change(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) BigDecimal quantity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            RedirectAttributes redirect) {
        Flash.run(redirect, "mrp.changed", () -> proposals.change(id, version, quantity, dueDate));
        return "redirect:/production/mrp/proposals/" + id;
    }

    @PostMapping("/production/mrp/proposals/{id}/firm")
    String firm(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "mrp.firmed", () -> proposals.firm(id, version));
        return "redirect:/production/mrp/proposals/" + id;
    }

    @PostMapping("/production/mrp/proposals/{id}/drop")
    String drop(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "mrp.dropped", () -> proposals.drop(id, version));
        return "redirect:/production/mrp/proposals/" + id;
    }

    @PostMapping("/production/mrp/policies/{productId}")
    String policy(
            @PathVariable long productId,
            @RequestParam long version,
            @RequestParam(required = false) LotPolicy policy,
            @RequestParam(required = false) BigDecimal lotQuantity,
            @RequestParam(required = false) BigDecimal lotMultiple,
            @RequestParam(required = false) BigDecimal safetyStock,
            @RequestParam(required = false) Long back,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "mrp.policySaved",
                () -> proposals.setPolicy(productId, version, policy, lotQuantity, lotMultiple, safetyStock));
        return back == null ? "redirect:/production/mrp" : "redirect:/production/mrp/proposals/" + back;
    }

    // ---- forecast ------------------------------------------------------------------------------------------------

    @GetMapping("/production/forecasts")
    String forecasts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("forecasts", forecasts.list(q, Paging.of(page, 20, null, Set.of(), Sort.unsorted())));
        model.addAttribute("averageError", forecasts.averageError());
        model.addAttribute("canWrite", canWrite(request));
        return Htmx.view(request, "production/forecasts", "results");
    }

    @GetMapping("/production/forecasts/{productId}")
    String forecast(@PathVariable long productId, Model model, HttpServletRequest request) {
        ForecastView f = forecasts.product(productId);
        model.addAttribute("f", f);
        model.addAttribute("canWrite", canWrite(request));
        return "production/forecast";
    }

    @PostMapping("/production/forecasts/compute")
    String compute(RedirectAttributes redirect) {
        Flash.run(redirect, "forecast.computed", forecasts::compute);
        return "redirect:/production/forecasts";
    }

    @PostMapping("/production/forecasts/months/{id}")
    String override(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam long productId,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        Flash.run(redirect, "forecast.overridden", () -> forecasts.override(id, version, quantity));
        return "redirect:/production/forecasts/" + productId;
    }

    private static boolean canWrite(HttpServletRequest request) {
        return request.isUserInRole("PRODUCTION") || request.isUserInRole("ADMIN");
    }
}
