package com.yiti.finance.web;

import com.yiti.finance.FinanceMailing;
import com.yiti.mail.MailForm;
import com.yiti.mail.MailPage;
import com.yiti.mail.Outbox;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** FINANCE: an invoice or a customer statement e-mailed as PDF to the customer's contact (FinanceRoutes). */
@Controller
class FinanceMailController {

    private final FinanceMailing mailing;
    private final Outbox outbox;

    FinanceMailController(FinanceMailing mailing, Outbox outbox) {
        this.mailing = mailing;
        this.outbox = outbox;
    }

    @GetMapping("/finance/invoices/{id}/email")
    String invoice(@PathVariable long id, Model model) {
        var draft = mailing.invoiceDraft(id);
        String path = "/finance/invoices/" + id;
        return MailPage.show(
                model,
                outbox.available(),
                draft.form(),
                path + "/email",
                path,
                draft.document(),
                draft.attachment(),
                draft.contacts().contacts());
    }

    @PostMapping("/finance/invoices/{id}/email")
    String sendInvoice(
            @PathVariable long id,
            @Valid @ModelAttribute("mailForm") MailForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> mailing.sendInvoice(id, form))) {
            redirect.addFlashAttribute("message", "mail.queued");
            return "redirect:/finance/invoices/" + id;
        }
        return invoice(id, model);
    }

    @GetMapping("/finance/customers/{id}/statement/email")
    String statement(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        var draft = mailing.statementDraft(id, start, end);
        return MailPage.show(
                model,
                outbox.available(),
                draft.form(),
                // the period travels as from/until: "to" is the form's recipient
                "/finance/customers/" + id + "/statement/email?from=" + start + "&until=" + end,
                "/finance/credit/" + id,
                draft.document() + " " + start + " – " + end,
                draft.attachment(),
                draft.contacts().contacts());
    }

    @PostMapping("/finance/customers/{id}/statement/email")
    String sendStatement(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @Valid @ModelAttribute("mailForm") MailForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> mailing.sendStatement(id, from, until, form))) {
            redirect.addFlashAttribute("message", "mail.queued");
            return "redirect:/finance/credit/" + id;
        }
        return statement(id, from, until, model);
    }
}
