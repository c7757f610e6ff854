package com.yiti.mail.web;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailStatus;
import com.yiti.mail.MailTemplateView;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.Outbox;
import com.yiti.mail.SentMail;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN (the /api/v1/admin paths are ADMIN's): the outbox and the mail templates as JSON. */
@RestController
class MailApiController {

    private final Outbox outbox;
    private final MailTemplates templates;

    MailApiController(Outbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    @GetMapping("/api/v1/admin/mail")
    @Operation(summary = "ADMIN: the outbox, newest first; status=QUEUED|SENT|FAILED")
    Page<SentMail> apiOutbox(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return outbox.recent(status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/api/v1/admin/mail/{id}/retry")
    @Operation(summary = "ADMIN: send a FAILED mail again")
    SentMail apiRetry(@PathVariable long id) {
        return outbox.retry(id);
    }

    @GetMapping("/api/v1/admin/mail-templates")
    @Operation(summary = "ADMIN: subject and body of each kind of mail in zh and en, and whether it was changed")
    List<MailTemplateView> apiTemplates() {
        return templates.all();
    }

    @PutMapping("/api/v1/admin/mail-templates/{kind}/{language}")
    @Operation(summary = "ADMIN: change a kind's subject and body in one language ({placeholders} filled when sent)")
    MailTemplateView apiSave(
            @PathVariable MailKind kind,
            @PathVariable String language,
            @RequestBody MailAdminController.TemplateForm body) {
        templates.save(kind, language, body.getSubject(), body.getBody());
        return MailAdminController.find(templates, kind, language);
    }
}
