package com.yiti.finance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierAllocations extends JpaRepository<SupplierAllocation, Long> {

    List<SupplierAllocation> findByPaymentIdOrderById(Long paymentId);

    List<SupplierAllocation> findByInvoiceIdOrderById(Long invoiceId);
}
