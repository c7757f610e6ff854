package com.yiti.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The send form every document page uses: recipient, subject and body, filled from the kind's template. */
public class MailForm {

    @NotBlank
    @Email
    @Size(max = 200)
    private String to;

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 10000)
    private String body;

    public static MailForm of(String to, MailText text) {
        MailForm form = new MailForm();
        form.to = to;
        form.subject = text.subject();
        form.body = text.body();
        return form;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

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
