package com.yiti.opportunity.web;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.DuplicateCustomerException;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.CampaignManagement;
import com.yiti.opportunity.LeadFilter;
import com.yiti.opportunity.LeadManagement;
import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadStatus;
import com.yiti.opportunity.LeadView;
import com.yiti.opportunity.QualificationResult;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.CsvExport;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormErrors;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
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

/** Leads: list, create, edit, contact / disqualify, and qualify into customer + contact + opportunity. */
@Controller
@RequestMapping("/leads")
class LeadController {

    private static final Set<String> SORTABLE = Set.of("company", "createdAt", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("id"));

    private final LeadManagement leads;
    private final CampaignManagement campaigns;
    private final ActivityManagement activities;
    private final CustomerManagement customers;
    private final UserDirectory directory;

    LeadController(
            LeadManagement leads,
            CampaignManagement campaigns,
            ActivityManagement activities,
            CustomerManagement customers,
            UserDirectory directory) {
        this.leads = leads;
        this.campaigns = campaigns;
        this.activities = activities;
        this.customers = customers;
        this.directory = directory;
    }

    @ModelAttribute("sources")
    LeadSource[] sources() {
        return LeadSource.values();
    }

    @ModelAttribute("leadStatuses")
    LeadStatus[] statuses() {
        return LeadStatus.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model,
            HttpServletRequest request) {
        LeadFilter filter = new LeadFilter(q, ownerId, status, source, campaignId);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("leads", leads.search(filter, Paging.of(page, 20, sort, SORTABLE, DEFAULT_SORT)));
        model.addAttribute("owners", directory.visibleOwners(directory.require()));
        model.addAttribute("campaigns", campaigns.all());
        return Htmx.view(request, "opportunity/leads", "results");
    }

    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaignId,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        LeadFilter filter = new LeadFilter(q, ownerId, status, source, campaignId);
        CsvExport.write(
                response,
                CsvExport.Format.ofPath(request.getRequestURI()),
                "leads",
                List.of(
                        "id",
                        "company",
                        "contact",
                        "mobile",
                        "email",
                        "source",
                        "campaign",
                        "status",
                        "owner",
                        "estimated_amount",
                        "created_at"),
                DEFAULT_SORT,
                pageable -> leads.search(filter, pageable),
                com.yiti.opportunity.LeadView::id,
                l -> CsvExport.row(
                        l.id(),
                        l.company(),
                        l.contactName(),
                        (l.mobile()),
                        (l.email()),
                        l.source(),
                        (l.campaignName()),
                        l.status(),
                        (l.ownerName()),
                        l.estimatedAmount(),
                        l.createdAt()));
    }

    @GetMapping("/new")
    String newLead(Model model) {
        model.addAttribute("form", new LeadForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") LeadForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> leads.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "lead.created");
            return "redirect:/leads/" + created.get().id();
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        LeadView lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("canWrite", directory.salesScope(directory.require()).canWrite(lead.ownerId()));
        model.addAttribute("activities", activities.about(null, id, null, 50));
        model.addAttribute("activityForm", activityForm(id));
        return "opportunity/lead-detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        LeadView lead = leads.get(id);
        model.addAttribute("form", LeadForm.of(lead));
        return form(model, lead);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") LeadForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LeadView lead = leads.get(id);
        if (FormSubmission.run(result, () -> leads.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "lead.saved");
            return "redirect:/leads/" + id;
        }
        return form(model, lead);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam LeadStatus status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            leads.changeStatus(id, status, reason);
            redirect.addFlashAttribute("message", "lead.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/leads/" + id;
    }

    @GetMapping("/{id}/qualify")
    String qualifyForm(@PathVariable long id, Model model) {
        LeadView lead = leads.get(id);
        QualifyForm form = new QualifyForm();
        form.setOpportunityTitle(lead.company());
        form.setAmount(lead.estimatedAmount());
        model.addAttribute("form", form);
        return qualify(model, lead);
    }

    @PostMapping("/{id}/qualify")
    String qualify(
            @PathVariable long id,
            @Valid @ModelAttribute("form") QualifyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        LeadView lead = leads.get(id);
        if (!result.hasErrors()) {
            try {
                QualificationResult done = leads.qualify(id, form.toQualification());
                redirect.addFlashAttribute("message", "lead.qualifiedMessage");
                return "redirect:/opportunities/" + done.opportunityId();
            } catch (DuplicateCustomerException e) {
                model.addAttribute("duplicates", e.visibleMatches());
                model.addAttribute("hiddenDuplicates", e.hiddenMatches());
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return qualify(model, lead);
    }

    private String qualify(Model model, LeadView lead) {
        model.addAttribute("lead", lead);
        model.addAttribute(
                "similarCustomers",
                customers
                        .search(new CustomerFilter(lead.company(), null, null, null, null), PageRequest.of(0, 10))
                        .getContent());
        return "opportunity/lead-qualify";
    }

    private String form(Model model, LeadView lead) {
        model.addAttribute("lead", lead);
        model.addAttribute("owners", directory.assignableOwners(directory.require()));
        model.addAttribute("campaigns", campaigns.all());
        return "opportunity/lead-form";
    }

    private static ActivityForm activityForm(long leadId) {
        ActivityForm f = new ActivityForm();
        f.setLeadId(leadId);
        return f;
    }
}
