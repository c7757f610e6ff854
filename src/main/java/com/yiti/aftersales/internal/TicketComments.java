package com.yiti.aftersales.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketComments extends JpaRepository<TicketComment, Long> {

    List<TicketComment> findByTicketIdOrderByIdAsc(Long ticketId);
}
