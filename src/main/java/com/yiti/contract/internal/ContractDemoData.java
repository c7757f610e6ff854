package com.yiti.contract.internal;

import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.contract.ContractData;
import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractView;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo contracts of sales1, once: an annual supply agreement (¥180,000) approved by the sales manager and signed three
 * weeks ago; a line retrofit (¥48,000) signed a month ago; a smart-warehouse project (¥260,000) waiting in its approval
 * flow (the sales manager, then the manager). Runs after the approval demo, whose CONTRACT flow it goes through;
 * finance's demo adds their collection plans, payments and orders.
 */
@Component
@Order(82)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class ContractDemoData implements ApplicationRunner {

    static final BigDecimal ANNUAL = new BigDecimal("180000.00");

    private final Contracts contracts;
    private final ContractManagement management;
    private final CustomerManagement customers;
    private final Approvals approvals;
    private final Clock clock;

    ContractDemoData(
            Contracts contracts,
            ContractManagement management,
            CustomerManagement customers,
            Approvals approvals,
            Clock clock) {
        this.contracts = contracts;
        this.management = management;
        this.customers = customers;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (contracts.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        List<CustomerView> mine = SystemActor.runAs(
                "sales1",
                Role.SALES_REP,
                () ->
                        customers
                                .search(CustomerFilter.none(), PageRequest.of(0, 20, Sort.by("id")))
                                .getContent()
                                .stream()
                                .filter(c -> "CNY".equals(c.currency()) && c.status() != CustomerStatus.INACTIVE)
                                .toList());
        if (mine.size() < 2) {
            return;
        }
        signed(
                new ContractData(
                        mine.get(0).id(),
                        "2027 年度框架采购合同 Annual supply agreement",
                        "CNY",
                        ANNUAL,
                        today.minusDays(21),
                        today.plusYears(1),
                        "含税价, 月结30天; 质保一年 Prices include VAT; 30 days net; one-year warranty"),
                today.minusDays(21));
        signed(
                new ContractData(
                        mine.get(1).id(),
                        "产线改造项目合同 Line retrofit",
                        "CNY",
                        new BigDecimal("48000.00"),
                        today.minusDays(40),
                        today.plusMonths(6),
                        null),
                today.minusDays(30));
        SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            ContractView c = management.create(new ContractData(
                    mine.get(0).id(),
                    "智能仓储项目 Smart warehouse project",
                    "CNY",
                    new BigDecimal("260000.00"),
                    today,
                    today.plusMonths(9),
                    "分三期付款 Paid in three instalments"));
            return management.submit(c.id(), c.version());
        });
    }

    private void signed(ContractData data, LocalDate on) {
        ContractView c = SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            ContractView draft = management.create(data);
            return management.submit(draft.id(), draft.version());
        });
        // the flow's steps decide, as their approvers would: the sales manager, then (from ¥200,000) the manager
        for (int step = 0; step < 5; step++) {
            List<ApprovalView> pending = SystemActor.runAs(
                    "admin",
                    Role.ADMIN,
                    () -> approvals.of(ContractManagement.DOCUMENT_TYPE, c.id()).stream()
                            .filter(a -> a.status() == ApprovalStatus.PENDING)
                            .toList());
            if (pending.isEmpty()) {
                break;
            }
            ApprovalView a = pending.get(0);
            SystemActor.runAs(
                    "salesmgr",
                    java.util.Set.of(Role.SALES_MANAGER, Role.ADMIN),
                    () -> approvals.approve(a.id(), a.version(), "同意 Approved"));
        }
        SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            ContractView now = management.get(c.id());
            return management.sign(now.id(), now.version(), on, null, null);
        });
    }
}
