package com.yiti.order;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.Approver;
import com.yiti.approval.FlowData;
import com.yiti.approval.StepMode;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At every start, on every install: where no QUOTATION or SALES_ORDER flow exists yet, the rule of earlier releases is
 * written as one (decision 050) — a line discounted above 15%, or below its price list's minimum, needs the approval
 * of the rep's department head — so nothing is sold unapproved before ADMIN looks at the flows; ADMIN then edits or
 * switches them off. The demo adds the manager's approval of a sales order from ¥500,000. Two nodes starting at once:
 * the second finds the flow written (or loses the insert, which is the same).
 */
@Component
@Order(5)
class SalesApprovalDefaults implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SalesApprovalDefaults.class);

    static final String DISCOUNT_CONDITION = "discountPct > 15 or belowMinimum = 1";

    private final ApprovalFlows flows;
    private final boolean demo;

    SalesApprovalDefaults(ApprovalFlows flows, @Value("${yiti.demo-data:false}") boolean demo) {
        this.flows = flows;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        write(SalesApprovals.QUOTATION, "报价审批 Quotation approval", false);
        write(SalesApprovals.SALES_ORDER, "销售订单审批 Sales order approval", demo);
    }

    private void write(String type, String name, boolean withManager) {
        if (flows.of(type).isPresent()) {
            return;
        }
        List<FlowData.Step> steps = new ArrayList<>();
        steps.add(new FlowData.Step(
                "折扣审批 Discount approval",
                List.of(Approver.submitterManager()),
                StepMode.ANY,
                null,
                24,
                DISCOUNT_CONDITION));
        if (withManager) {
            steps.add(new FlowData.Step(
                    "总经理审批 Manager approval",
                    List.of(Approver.role(Role.MANAGER)),
                    StepMode.ANY,
                    new BigDecimal("500000"),
                    48,
                    null));
        }
        try {
            SystemActor.runAs("system", Role.ADMIN, () -> flows.save(type, -1, new FlowData(name, true, steps)));
            log.info("Approval flow {} written with its default steps", type);
        } catch (DataIntegrityViolationException | com.yiti.shared.ConcurrentChangeException raced) {
            log.info("Approval flow {} was written by another node", type);
        }
    }
}
