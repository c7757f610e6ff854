package com.yiti.opportunity.web;

import com.yiti.opportunity.CampaignChannel;
import com.yiti.opportunity.CampaignManagement;
import com.yiti.opportunity.CampaignView;
import com.yiti.opportunity.LeadFilter;
import com.yiti.opportunity.LeadManagement;
import com.yiti.shared.CsvExport;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
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

@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private final CampaignManagement campaigns;
    private final LeadManagement leads;

    CampaignController(CampaignManagement campaigns, LeadManagement leads) {
        this.campaigns = campaigns;
        this.leads = leads;
    }

    @ModelAttribute("channels")
    CampaignChannel[] channels() {
        return CampaignChannel.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        return "opportunity/campaigns";
    }

    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<CampaignView> all = campaigns.all();
        CsvExport.write(
                response,
                CsvExport.Format.ofPath(request.getRequestURI()),
                "campaigns",
                java.util.List.of(
                        "id",
                        "name",
                        "channel",
                        "start_date",
                        "end_date",
                        "budget",
                        "currency",
                        "leads",
                        "qualified_leads",
                        "won_amount"),
                Sort.unsorted(),
                CsvExport.pagesOf(all),
                c -> CsvExport.row(
                        c.id(),
                        c.name(),
                        c.channel(),
                        (c.startDate()),
                        (c.endDate()),
                        c.budget(),
                        c.currency(),
                        c.leads(),
                        c.qualifiedLeads(),
                        c.wonAmount()));
    }

    @GetMapping("/new")
    String newCampaign(Model model) {
        model.addAttribute("form", new CampaignForm());
        model.addAttribute("campaign", null);
        return "opportunity/campaign-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> campaigns.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "campaign.saved");
            return "redirect:/campaigns/" + created.get().id();
        }
        model.addAttribute("campaign", null);
        return "opportunity/campaign-form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute(
                "leads",
                leads.search(
                        new LeadFilter(null, null, null, null, id),
                        Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return "opportunity/campaign-detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CampaignView c = campaigns.get(id);
        model.addAttribute("form", CampaignForm.of(c));
        model.addAttribute("campaign", c);
        return "opportunity/campaign-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> campaigns.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "campaign.saved");
            return "redirect:/campaigns/" + id;
        }
        model.addAttribute("campaign", campaigns.get(id));
        return "opportunity/campaign-form";
    }
}
