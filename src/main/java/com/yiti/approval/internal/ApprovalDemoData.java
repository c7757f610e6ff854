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
 * Demo, after the rest: the flows of contracts, credit releases, credit limits, supplier payments and purchase orders
 * (quotations and sales orders have theirs on every install), editable by the administrator under Approval flows.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class ApprovalDemoData implements ApplicationRunner {

    private final ApprovalFlows approvalFlows;

    ApprovalDemoData(ApprovalFlows approvalFlows) {
        this.approvalFlows = approvalFlows;
    }

    @Override
    public void run(ApplicationArguments args) {
        // contracts: the rep's sales manager signs off every one, MANAGER as well from ¥200,000
        flow(
                "CONTRACT",
                "合同审批 Contract approval",
                new FlowData.Step(
                        "销售经理审批 Sales manager approval", List.of(Approver.submitterManager()), StepMode.ANY, null, 24),
                manager(new BigDecimal("200000"), 48, null));
        // a held order worth ¥100,000 or more is released only with the manager's approval
        flow("CREDIT_RELEASE", "信用放行审批 Credit release approval", manager(new BigDecimal("100000"), 8, null));
        // a credit limit from ¥500,000 (or none at all: the most credit there is) needs the manager's approval
        flow("CREDIT_LIMIT", "信用额度审批 Credit limit approval", manager(null, 24, "amount >= 500000"));
        // paying a supplier ¥100,000 or more needs the manager's approval
        flow("SUPPLIER_PAYMENT", "供应商付款审批 Supplier payment approval", manager(new BigDecimal("100000"), 24, null));
        // crediting returned goods worth ¥10,000 or more needs the manager's approval
        flow("RETURN_CREDIT", "退货退款审批 Return credit approval", manager(new BigDecimal("10000"), 24, null));
        // purchase orders: the manager from ¥100,000, finance reviews as well from ¥300,000
        flow(
                "PURCHASE_ORDER",
                "采购订单审批 Purchase order approval",
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
                        48));
    }

    private static FlowData.Step manager(BigDecimal from, int hours, String condition) {
        return new FlowData.Step(
                "总经理审批 Manager approval", List.of(Approver.role(Role.MANAGER)), StepMode.ANY, from, hours, condition);
    }

    /** Writes a document type's demo flow unless it has one. */
    private void flow(String type, String name, FlowData.Step... steps) {
        if (approvalFlows.of(type).isPresent()) {
            return;
        }
        SystemActor.runAs(
                "admin", Role.ADMIN, () -> approvalFlows.save(type, -1, new FlowData(name, true, List.of(steps))));
    }
}
