package com.yiti.approval.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowSteps extends JpaRepository<FlowStep, Long> {

    List<FlowStep> findByFlowIdAndFlowVersionOrderBySeq(Long flowId, int flowVersion);

    /** The steps of the version in force of a document type's flow, if the flow is active: one read. */
    @org.springframework.data.jpa.repository.Query("select s from FlowStep s, Flow f where f.documentType = :type"
            + " and f.active = true and s.flowId = f.id and s.flowVersion = f.currentVersion order by s.seq")
    List<FlowStep> inForce(@org.springframework.data.repository.query.Param("type") String documentType);
}
