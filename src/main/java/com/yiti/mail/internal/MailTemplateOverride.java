package com.yiti.mail.internal;

import com.yiti.mail.MailKind;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A subject and body ADMIN wrote for one kind of mail in one language, in place of the default. */
@Entity
@Table(name = "mail_template")
@Audited
public class MailTemplateOverride extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailKind kind;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    protected MailTemplateOverride() {}

    public MailTemplateOverride(MailKind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    public void change(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
