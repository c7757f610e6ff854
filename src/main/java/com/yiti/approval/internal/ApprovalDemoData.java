package com.yiti.approval.internal;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.Approver;
import com.yiti.approval.FlowData;
import com.yiti.approval.StepMode;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo, after the rest: the purchase order flow — the manager approves an order from ¥100,000, finance reviews it as
 * well from ¥300,000 — editable by the administrator under Approval flows.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class ApprovalDemoData implements ApplicationRunner {

    private final Flows flows;
    private final ApprovalFlows approvalFlows;

    ApprovalDemoData(Flows flows, ApprovalFlows approvalFlows) {
        this.flows = flows;
        this.approvalFlows = approvalFlows;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (approvalFlows.of("CONTRACT").isEmpty()) {
            // contracts: the rep's sales manager signs off every one, MANAGER as well from ¥200,000
            SystemActor.runAs(
                    "admin",
                    Role.ADMIN,
                    () -> approvalFlows.save(
                            "CONTRACT",
                            -1,
                            new FlowData(
                                    "合同审批 Contract approval",
                                    true,
                                    List.of(
                                            new FlowData.Step(
                                                    "销售经理审批 Sales manager approval",
                                                    List.of(Approver.submitterManager()),
                                                    StepMode.ANY,
                                                    null,
                                                    24),
                                            new FlowData.Step(
                                                    "总经理审批 Manager approval",
                                                    List.of(Approver.role(Role.MANAGER)),
                                                    StepMode.ANY,
                                                    new BigDecimal("200000"),
                                                    48)))));
        }
        if (approvalFlows.of("CREDIT_RELEASE").isEmpty()) {
            // a held order worth ¥100,000 or more is released only with the manager's approval
            SystemActor.runAs(
                    "admin",
                    Role.ADMIN,
                    () -> approvalFlows.save(
                            "CREDIT_RELEASE",
                            -1,
                            new FlowData(
                                    "信用放行审批 Credit release approval",
                                    true,
                                    List.of(new FlowData.Step(
                                            "总经理审批 Manager approval",
                                            List.of(Approver.role(Role.MANAGER)),
                                            StepMode.ANY,
                                            new BigDecimal("100000"),
                                            8)))));
        }
        if (approvalFlows.of("CREDIT_LIMIT").isEmpty()) {
            // a credit limit from ¥500,000 (or none at all: the most credit there is) needs the manager's approval
            SystemActor.runAs(
                    "admin",
                    Role.ADMIN,
                    () -> approvalFlows.save(
                            "CREDIT_LIMIT",
                            -1,
                            new FlowData(
                                    "信用额度审批 Credit limit approval",
                                    true,
                                    List.of(new FlowData.Step(
                                            "总经理审批 Manager approval",
                                            List.of(Approver.role(Role.MANAGER)),
                                            StepMode.ANY,
                                            null,
                                            24,
                                            "amount >= 500000")))));
        }
        if (approvalFlows.of("SUPPLIER_PAYMENT").isEmpty()) {
            // paying a supplier ¥100,000 or more needs the manager's approval
            SystemActor.runAs(
                    "admin",
                    Role.ADMIN,
                    () -> approvalFlows.save(
                            "SUPPLIER_PAYMENT",
                            -1,
                            new FlowData(
                                    "供应商付款审批 Supplier payment approval",
                                    true,
                                    List.of(new FlowData.Step(
                                            "总经理审批 Manager approval",
                                            List.of(Approver.role(Role.MANAGER)),
                                            StepMode.ANY,
                                            new BigDecimal("100000"),
                                            24)))));
        }
        if (approvalFlows.of("PURCHASE_ORDER").isPresent()) {
            return;
        }
        SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () -> approvalFlows.save(
                        "PURCHASE_ORDER",
                        -1,
                        new FlowData(
                                "采购订单审批 Purchase order approval",
                                true,
                                List.of(
                                        new FlowData.Step(
                                                "主管审批 Manager approval",
                                                List.of(Approver.role(Role.MANAGER)),
                                                StepMode.ANY,
                                                new BigDecimal("100000"),
                                                24),
                                        new FlowData.Step(
                                                "财务复核 Finance review",
                                                List.of(Approver.role(Role.FINANCE)),
                                                StepMode.ANY,
                                                new BigDecimal("300000"),
                                                48)))));
    }
}
