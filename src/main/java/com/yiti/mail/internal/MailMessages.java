package com.yiti.mail.internal;

import com.yiti.mail.MailStatus;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailMessages extends JpaRepository<MailMessage, Long> {

    List<MailMessage> findTop20ByRecordRefOrderByIdDesc(String recordRef);

    List<MailMessage> findTop20ByPartyRefOrderByIdDesc(String partyRef);

    Page<MailMessage> findAllByOrderByIdDesc(Pageable pageable);

    Page<MailMessage> findByStatusOrderByIdDesc(MailStatus status, Pageable pageable);
}
