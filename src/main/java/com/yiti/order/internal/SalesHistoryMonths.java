package com.yiti.order.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesHistoryMonths extends JpaRepository<SalesHistoryMonth, Long> {

    List<SalesHistoryMonth> findByProductIdOrderByPeriodMonth(Long productId);

    List<SalesHistoryMonth> findByProductIdInAndPeriodMonthIn(
            Collection<Long> productIds, Collection<LocalDate> months);
}
