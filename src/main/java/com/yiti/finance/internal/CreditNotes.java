package com.yiti.finance.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditNotes extends JpaRepository<CreditNote, Long> {

    List<CreditNote> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    Page<CreditNote> findAllByOrderByIdDesc(Pageable pageable);
}
