package com.yiti.finance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Allocations extends JpaRepository<Allocation, Long> {

    List<Allocation> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    List<Allocation> findByPaymentIdOrderByIdAsc(Long paymentId);

    List<Allocation> findByPaymentIdInOrderByIdAsc(java.util.Collection<Long> paymentIds);
}
