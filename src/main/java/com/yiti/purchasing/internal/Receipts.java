package com.yiti.purchasing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Receipts extends JpaRepository<Receipt, Long> {

    List<Receipt> findByPurchaseOrderIdOrderByIdDesc(Long purchaseOrderId);
}
