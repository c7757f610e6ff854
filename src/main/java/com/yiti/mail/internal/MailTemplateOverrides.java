package com.yiti.mail.internal;

import com.yiti.mail.MailKind;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailTemplateOverrides extends JpaRepository<MailTemplateOverride, Long> {

    Optional<MailTemplateOverride> findByKindAndLanguage(MailKind kind, String language);
}
