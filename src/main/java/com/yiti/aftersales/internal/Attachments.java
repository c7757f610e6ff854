package com.yiti.aftersales.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByTicketIdOrderByIdAsc(Long ticketId);
}
