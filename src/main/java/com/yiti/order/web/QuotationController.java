package com.yiti.order.web;

import com.yiti.order.LineView;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationFilter;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationStatus;
import com.yiti.order.QuotationView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
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

/** Quotations: list, draft with lines, discount approval, send, and the customer's answer. */
@Controller
@RequestMapping("/quotations")
class QuotationController {

    private final QuotationManagement quotations;
    private final FormChoices choices;
    private final com.yiti.order.QuotationMailing mailing;
    private final com.yiti.mail.Outbox outbox;
    private final com.yiti.order.QuotationMargins margins;

    QuotationController(
            QuotationManagement quotations,
            FormChoices choices,
            com.yiti.order.QuotationMailing mailing,
            com.yiti.mail.Outbox outbox,
            com.yiti.order.QuotationMargins margins) {
        this.margins = margins;
        this.quotations = quotations;
        this.choices = choices;
        this.mailing = mailing;
        this.outbox = outbox;
    }

    @ModelAttribute("statuses")
    QuotationStatus[] statuses() {
        return QuotationStatus.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) QuotationStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        QuotationFilter filter = new QuotationFilter(q, status, customerId, null);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "quotations",
                quotations.search(filter, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "order/quotations", "results");
    }

    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long opportunityId,
            Model model) {
        QuotationForm form = new QuotationForm();
        form.setCustomerId(customerId);
        form.setOpportunityId(opportunityId);
        model.addAttribute("form", form);
        return headerForm(model, null, customerId);
    }

    /** The opportunities of the chosen customer, for the form's opportunity selector (htmx). */
    @GetMapping("/opportunity-options")
    String opportunityOptions(@RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("form", new QuotationForm());
        choices.header(model, customerId);
        return "order/quotation-form :: opportunityOptions";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") QuotationForm form, BindingResult result, Model model) {
        Optional<QuotationView> created = FormSubmission.submit(result, () -> quotations.create(form.toData()));
        return created.map(q -> "redirect:/quotations/" + q.id())
                .orElseGet(() -> headerForm(model, null, form.getCustomerId()));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        QuotationView q = quotations.get(id);
        LineForm lineForm = new LineForm();
        lineForm.setVersion(q.version());
        model.addAttribute("lineForm", lineForm);
        return detail(model, q);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        QuotationView q = quotations.get(id);
        model.addAttribute("form", QuotationForm.of(q));
        return headerForm(model, q, q.customerId());
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") QuotationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> quotations.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "quotation.saved");
            return "redirect:/quotations/" + id;
        }
        return headerForm(model, quotations.get(id), form.getCustomerId());
    }

    @PostMapping("/{id}/lines")
    String addLine(
            @PathVariable long id,
            @Valid @ModelAttribute("lineForm") LineForm lineForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> quotations.addLine(id, lineForm.getVersion(), lineForm.toData()))) {
            redirect.addFlashAttribute("message", "document.lineAdded");
            return "redirect:/quotations/" + id;
        }
        return detail(model, quotations.get(id));
    }

    @GetMapping("/{id}/lines/{lineId}/edit")
    String editLineForm(@PathVariable long id, @PathVariable long lineId, Model model) {
        QuotationView q = quotations.get(id);
        LineView line = q.lines().stream()
                .filter(l -> l.id() == lineId)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("QuotationLine", lineId));
        model.addAttribute("lineForm", LineForm.of(line, q.version()));
        return lineForm(model, q, line);
    }

    @PostMapping("/{id}/lines/{lineId}/edit")
    String editLine(
            @PathVariable long id,
            @PathVariable long lineId,
            @Valid @ModelAttribute("lineForm") LineForm lineForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result, () -> quotations.changeLine(id, lineForm.getVersion(), lineId, lineForm.toData()))) {
            redirect.addFlashAttribute("message", "document.lineSaved");
            return "redirect:/quotations/" + id;
        }
        QuotationView q = quotations.get(id);
        return lineForm(
                model,
                q,
                q.lines().stream().filter(l -> l.id() == lineId).findFirst().orElseThrow());
    }

    @PostMapping("/{id}/lines/{lineId}/delete")
    String removeLine(
            @PathVariable long id, @PathVariable long lineId, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "document.lineRemoved", () -> quotations.removeLine(id, version, lineId));
        return "redirect:/quotations/" + id;
    }

    @PostMapping("/{id}/request-approval")
    String requestApproval(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "quotation.approvalRequested", () -> quotations.requestApproval(id, version));
        return "redirect:/quotations/" + id;
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam boolean approved,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                approved ? "quotation.approved" : "quotation.approvalRejected",
                () -> quotations.decide(id, approved, comment));
        return "redirect:/quotations/" + id;
    }

    @PostMapping("/{id}/send")
    String send(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "quotation.sent", () -> quotations.send(id, version));
        return "redirect:/quotations/" + id;
    }

    /** The send form: the customer's contacts, subject and body from the template in the customer's language. */
    @GetMapping("/{id}/email")
    String email(@PathVariable long id, Model model) {
        var draft = mailing.draft(id);
        return com.yiti.mail.MailPage.show(
                model,
                outbox.available(),
                draft.form(),
                "/quotations/" + id + "/email",
                "/quotations/" + id,
                draft.quotation().number(),
                draft.attachment(),
                draft.contacts().contacts());
    }

    @PostMapping("/{id}/email")
    String sendEmail(
            @PathVariable long id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("mailForm")
                    com.yiti.mail.MailForm form,
            org.springframework.validation.BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (com.yiti.shared.web.FormSubmission.run(result, () -> mailing.send(id, form))) {
            redirect.addFlashAttribute("message", "mail.queued");
            return "redirect:/quotations/" + id;
        }
        return email(id, model);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        OrderView order = Flash.submit(redirect, "quotation.accepted", () -> quotations.accept(id));
        return order == null ? "redirect:/quotations/" + id : "redirect:/orders/" + order.id();
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "quotation.rejected", () -> quotations.reject(id));
        return "redirect:/quotations/" + id;
    }

    private String detail(Model model, QuotationView q) {
        model.addAttribute("quotation", q);
        model.addAttribute("canWrite", choices.canWrite(q.ownerId()));
        model.addAttribute("canApprove", quotations.canApprove(q.id()));
        model.addAttribute(
                "approvals",
                q.approval() == com.yiti.order.Approval.NOT_REQUIRED
                        ? java.util.List.of()
                        : quotations.approvalHistory(q.id()));
        model.addAttribute("sentMails", mailing.sent(q.id()));
        if (margins.visible() && !q.lines().isEmpty()) {
            model.addAttribute("margins", margins.of(q.id()));
        }
        choices.lines(model);
        return "order/quotation";
    }

    private String lineForm(Model model, QuotationView q, LineView line) {
        model.addAttribute("document", q);
        model.addAttribute("line", line);
        model.addAttribute("action", "/quotations/" + q.id() + "/lines/" + line.id() + "/edit");
        model.addAttribute("back", "/quotations/" + q.id());
        choices.lines(model);
        return "order/line-form";
    }

    private String headerForm(Model model, QuotationView q, Long customerId) {
        model.addAttribute("quotation", q);
        choices.header(model, customerId);
        return "order/quotation-form";
    }
}
