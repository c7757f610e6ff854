package com.yiti.approval.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowSteps extends JpaRepository<FlowStep, Long> {

    List<FlowStep> findByFlowIdAndFlowVersionOrderBySeq(Long flowId, int flowVersion);
}
