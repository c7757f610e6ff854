package com.yiti.finance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierDebitApplications extends JpaRepository<SupplierDebitApplication, Long> {

    List<SupplierDebitApplication> findByDebitNoteIdOrderById(Long debitNoteId);

    List<SupplierDebitApplication> findByInvoiceIdOrderById(Long invoiceId);
}
