package com.yiti.mail.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailMessageAttachments extends JpaRepository<MailMessageAttachment, Long> {

    List<MailMessageAttachment> findByMessageIdOrderById(long messageId);
}
