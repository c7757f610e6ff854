package com.yiti.finance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementReplies extends JpaRepository<StatementReply, Long> {

    List<StatementReply> findTop20ByCustomerIdOrderByIdDesc(Long customerId);
}
