package com.yiti.mail;

import com.yiti.mail.internal.MailTemplateOverride;
import com.yiti.mail.internal.MailTemplateOverrides;
import com.yiti.platform.PrintedDocuments;
import com.yiti.setup.CompanySetup;
import com.yiti.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject and body of each kind of mail in Chinese and English: the application's default (messages
 * {@code mail.template.<KIND>.subject/body}) unless ADMIN wrote another. Placeholders such as {@code {number}} are
 * filled in when a mail is prepared; the sender can still edit the result before sending.
 */
@Service
@Transactional
public class MailTemplates {

    public static final List<String> LANGUAGES = List.of("zh", "en");

    private final MailTemplateOverrides overrides;
    private final MessageSource messages;
    private final CompanySetup company;

    MailTemplates(MailTemplateOverrides overrides, MessageSource messages, CompanySetup company) {
        this.overrides = overrides;
        this.messages = messages;
        this.company = company;
    }

    /**
     * The kind's text in a language ({@code zh}/{@code en}; anything else is Chinese) with the values filled in;
     * {@code {company}} is the company's legal name in that language unless the values say otherwise.
     */
    @Transactional(readOnly = true)
    public MailText render(MailKind kind, String language, Map<String, String> values) {
        String lang = language(language);
        MailText text = text(kind, lang);
        Map<String, String> all = new java.util.HashMap<>(values);
        String name = company.profile().legalName(PrintedDocuments.language(lang));
        all.putIfAbsent("company", name == null ? "Yiti" : name);
        return new MailText(fill(text.subject(), all), fill(text.body(), all));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailTemplateView> all() {
        List<MailTemplateView> all = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            for (String language : LANGUAGES) {
                Optional<MailTemplateOverride> override = overrides.findByKindAndLanguage(kind, language);
                MailText text = override.map(o -> new MailText(o.getSubject(), o.getBody()))
                        .orElseGet(() -> defaultText(kind, language));
                all.add(new MailTemplateView(kind, language, text.subject(), text.body(), override.isPresent()));
            }
        }
        return all;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void save(MailKind kind, String language, String subject, String body) {
        if (kind == null || !LANGUAGES.contains(language)) {
            throw new BusinessRuleException(null, "mail.template.unknown");
        }
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty() || s.length() > 200 || s.contains("\n")) {
            throw new BusinessRuleException("subject", "mail.subjectInvalid");
        }
        String b = body == null ? "" : body.strip();
        if (b.isEmpty() || b.length() > Outbox.MAX_BODY) {
            throw new BusinessRuleException("body", "mail.bodyInvalid");
        }
        MailTemplateOverride override = overrides
                .findByKindAndLanguage(kind, language)
                .orElseGet(() -> new MailTemplateOverride(kind, language));
        override.change(s, b);
        overrides.save(override);
    }

    /** Back to the application's default text. */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(MailKind kind, String language) {
        overrides.findByKindAndLanguage(kind, language).ifPresent(overrides::delete);
    }

    private MailText text(MailKind kind, String language) {
        return overrides
                .findByKindAndLanguage(kind, language)
                .map(o -> new MailText(o.getSubject(), o.getBody()))
                .orElseGet(() -> defaultText(kind, language));
    }

    private MailText defaultText(MailKind kind, String language) {
        var locale = PrintedDocuments.language(language);
        String prefix = "mail.template." + kind.name();
        return new MailText(
                messages.getMessage(prefix + ".subject", null, locale),
                messages.getMessage(prefix + ".body", null, locale));
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "zh";
    }

    /** Replaces each {@code {name}} with its value; unknown placeholders stay as written. */
    static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return result;
    }
}
