package com.yiti.opportunity.web;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.OpportunityFilter;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.CsvExport;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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

/** Opportunities: list with filters and export, the pipeline board, detail with stage history, create, edit. */
@Controller
@RequestMapping("/opportunities")
class OpportunityController {

    private static final Set<String> SORTABLE = Set.of("title", "amount", "expectedCloseDate", "stage", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("expectedCloseDate").and(Sort.by("id"));

    private final OpportunityManagement opportunities;
    private final ActivityManagement activities;
    private final CustomerManagement customers;
    private final UserDirectory directory;

    OpportunityController(
            OpportunityManagement opportunities,
            ActivityManagement activities,
            CustomerManagement customers,
            UserDirectory directory) {
        this.opportunities = opportunities;
        this.activities = activities;
        this.customers = customers;
        this.directory = directory;
    }

    @ModelAttribute("stages")
    Stage[] stages() {
        return Stage.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) YearMonth closeMonth,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model,
            HttpServletRequest request) {
        OpportunityFilter filter =
                new OpportunityFilter(q, ownerId, stage, closeMonth, minAmount, maxAmount, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute(
                "opportunities", opportunities.search(filter, Paging.of(page, 20, sort, SORTABLE, DEFAULT_SORT)));
        model.addAttribute("owners", directory.visibleOwners(directory.require()));
        return Htmx.view(request, "opportunity/list", "results");
    }

    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) YearMonth closeMonth,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        OpportunityFilter filter =
                new OpportunityFilter(q, ownerId, stage, closeMonth, minAmount, maxAmount, null, null);
        CsvExport.write(
                response,
                CsvExport.Format.ofPath(request.getRequestURI()),
                "opportunities",
                List.of(
                        "id",
                        "title",
                        "customer",
                        "amount",
                        "currency",
                        "stage",
                        "probability",
                        "weighted_amount",
                        "expected_close_date",
                        "owner",
                        "lost_reason"),
                DEFAULT_SORT,
                pageable -> opportunities.search(filter, pageable),
                o -> CsvExport.row(
                        o.id(),
                        o.title(),
                        (o.customerName()),
                        o.amount(),
                        o.currency(),
                        o.stage(),
                        o.probability(),
                        o.weightedAmount(),
                        o.expectedCloseDate(),
                        (o.ownerName()),
                        (o.lostReason())));
    }

    @GetMapping("/board")
    String board(
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) YearMonth closeMonth,
            Model model,
            HttpServletRequest request) {
        OpportunityFilter filter = new OpportunityFilter(null, ownerId, null, closeMonth, null, null, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", opportunities.board(filter));
        model.addAttribute("owners", directory.visibleOwners(directory.require()));
        model.addAttribute(
                "canWrite", !directory.salesScope(directory.require()).readOnly());
        return Htmx.view(request, "opportunity/board", "board");
    }

    /** The board's move (drag or stage selector). Won and lost go through {@link #closeForm}, which confirms. */
    @PostMapping("/{id}/stage")
    String changeStage(
            @PathVariable long id,
            @RequestParam Stage stage,
            @RequestParam long version,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) YearMonth closeMonth,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (stage.closed()) {
            String confirm = "/opportunities/" + id + "/close?stage=" + stage + "&version=" + version;
            if (Htmx.isHtmx(request)) {
                response.setHeader("HX-Redirect", confirm);
                return null;
            }
            return "redirect:" + confirm;
        }
        String error = null;
        try {
            opportunities.changeStage(id, version, stage, null);
        } catch (BusinessRuleException e) {
            error = e.code();
        } catch (ConcurrentChangeException e) {
            error = "record.changedByOther";
        }
        if (Htmx.isHtmx(request)) {
            // the board is drawn again as it is now, with the reason the move did not happen
            model.addAttribute("boardError", error);
            return board(ownerId, closeMonth, model, request);
        }
        if (error != null) {
            redirect.addFlashAttribute("flashError", error);
        }
        return "redirect:/opportunities/board";
    }

    @GetMapping("/{id}/close")
    String closeForm(
            @PathVariable long id,
            @RequestParam Stage stage,
            @RequestParam(required = false) Long version,
            Model model) {
        if (!stage.closed()) {
            return "redirect:/opportunities/" + id;
        }
        OpportunityView o = opportunities.get(id);
        model.addAttribute("opportunity", o);
        model.addAttribute("target", stage);
        // from the board: the version the card showed; from the opportunity's page: the one just read
        model.addAttribute("version", version == null ? o.version() : version);
        return "opportunity/close";
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam Stage stage,
            @RequestParam long version,
            @RequestParam(required = false) String lostReason,
            Model model,
            RedirectAttributes redirect) {
        try {
            opportunities.changeStage(id, version, stage, lostReason);
            redirect.addFlashAttribute(
                    "message", stage == Stage.WON ? "opportunity.wonMessage" : "opportunity.lostMessage");
            return "redirect:/opportunities/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("opportunity", opportunities.get(id));
            model.addAttribute("target", stage);
            model.addAttribute("version", version);
            model.addAttribute("lostReason", lostReason);
            model.addAttribute("reasonError", e.code());
            return "opportunity/close";
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("flashError", "record.changedByOther");
            return "redirect:/opportunities/" + id;
        }
    }

    @GetMapping("/new")
    String newOpportunity(@RequestParam(required = false) Long customerId, Model model) {
        OpportunityForm form = new OpportunityForm();
        form.setCustomerId(customerId);
        form.setOwnerId(directory.require().id());
        form.setExpectedCloseDate(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30));
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OpportunityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> opportunities.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "opportunity.created");
            return "redirect:/opportunities/" + created.get().id();
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        OpportunityView o = opportunities.get(id);
        model.addAttribute("opportunity", o);
        model.addAttribute("stageHistory", opportunities.stageHistory(id));
        model.addAttribute("canWrite", directory.salesScope(directory.require()).canWrite(o.ownerId()));
        model.addAttribute("activities", activities.about(null, null, id, 50));
        ActivityForm activityForm = new ActivityForm();
        activityForm.setOpportunityId(id);
        model.addAttribute("activityForm", activityForm);
        return "opportunity/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        OpportunityView o = opportunities.get(id);
        model.addAttribute("form", OpportunityForm.of(o));
        return form(model, o);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OpportunityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OpportunityView o = opportunities.get(id);
        if (FormSubmission.run(result, () -> opportunities.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "opportunity.saved");
            return "redirect:/opportunities/" + id;
        }
        return form(model, o);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("opportunity", opportunities.get(id));
        model.addAttribute("revisions", opportunities.history(id));
        return "opportunity/history";
    }

    private String form(Model model, OpportunityView o) {
        model.addAttribute("opportunity", o);
        model.addAttribute("owners", directory.assignableOwners(directory.require()));
        model.addAttribute(
                "customers",
                customers
                        .search(CustomerFilter.none(), PageRequest.of(0, 500, Sort.by("name")))
                        .getContent());
        return "opportunity/form";
    }
}
