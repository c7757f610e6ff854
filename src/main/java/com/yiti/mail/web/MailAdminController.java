package com.yiti.mail.web;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailStatus;
import com.yiti.mail.MailTemplateView;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.Outbox;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN: the outbox (every mail sent or failing, a failed one sent again) and the subject and body of each kind of
 * mail in Chinese and English (the /admin paths are ADMIN's; the API is {@link MailApiController}).
 */
@Controller
class MailAdminController {

    private final Outbox outbox;
    private final MailTemplates templates;

    MailAdminController(Outbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    /** The template form and API body. */
    public static class TemplateForm {
        private String subject;
        private String body;

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    @GetMapping("/admin/mail")
    String outbox(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("mails", outbox.recent(status, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("configured", outbox.available());
        return "mail/outbox";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "mail.retried", () -> outbox.retry(id));
        return "redirect:/admin/mail";
    }

    @GetMapping("/admin/mail-templates")
    String templates(Model model) {
        model.addAttribute("templates", templates.all());
        return "mail/templates";
    }

    @GetMapping("/admin/mail-templates/{kind}/{language}")
    String edit(@PathVariable MailKind kind, @PathVariable String language, Model model) {
        MailTemplateView view = find(templates, kind, language);
        if (!model.containsAttribute("form")) {
            TemplateForm form = new TemplateForm();
            form.setSubject(view.subject());
            form.setBody(view.body());
            model.addAttribute("form", form);
        }
        model.addAttribute("template", view);
        return "mail/template-edit";
    }

    @PostMapping("/admin/mail-templates/{kind}/{language}")
    String save(
            @PathVariable MailKind kind,
            @PathVariable String language,
            @ModelAttribute("form") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> templates.save(kind, language, form.getSubject(), form.getBody()))) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/mail-templates";
        }
        return edit(kind, language, model);
    }

    @PostMapping("/admin/mail-templates/{kind}/{language}/reset")
    String reset(@PathVariable MailKind kind, @PathVariable String language, RedirectAttributes redirect) {
        Flash.run(redirect, "mail.template.resetDone", () -> templates.reset(kind, language));
        return "redirect:/admin/mail-templates";
    }

    static MailTemplateView find(MailTemplates templates, MailKind kind, String language) {
        return templates.all().stream()
                .filter(t -> t.kind() == kind && t.language().equals(language))
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("MailTemplate", kind + "/" + language));
    }
}
