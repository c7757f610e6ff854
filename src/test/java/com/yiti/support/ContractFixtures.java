package com.yiti.support;

import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.contract.ContractData;
import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Contracts for tests: written by a rep, taken through their approval flow as its approvers would, signed. */
@Component
public class ContractFixtures {

    @Autowired
    ContractManagement contracts;

    @Autowired
    Approvals approvals;

    @Autowired
    TestUsers users;

    public ContractView draft(String rep, long customerId, String value, LocalDate validFrom) {
        return users.runAs(
                rep,
                () -> contracts.create(new ContractData(
                        customerId, "年度框架合同 Test agreement", "CNY", new BigDecimal(value), validFrom, null, null)));
    }

    /** Lets each step of a submitted contract's flow approve it: the sales manager, or the manager where it asks. */
    public ContractView approve(String rep, long contractId) {
        for (int i = 0; i < 5; i++) {
            var pending =
                    users.runAs("admin", () -> approvals.of(ContractManagement.DOCUMENT_TYPE, contractId)).stream()
                            .filter(a -> a.status() == ApprovalStatus.PENDING)
                            .findFirst();
            if (pending.isEmpty()) {
                break;
            }
            ApprovalView a = pending.get();
            boolean manager = a.path().stream()
                    .filter(s -> "CURRENT".equals(s.state()))
                    .anyMatch(s -> s.approvers().contains("ROLE:MANAGER"));
            users.runAs(manager ? "manager" : "salesmgr", () -> approvals.approve(a.id(), a.version(), "同意"));
        }
        return users.runAs(rep, () -> contracts.get(contractId));
    }

    /** Submitted and approved (where its flow asks). */
    public ContractView approved(String rep, ContractView c) {
        users.runAs(rep, () -> contracts.submit(c.id(), c.version()));
        return approve(rep, c.id());
    }

    /** Written, approved and signed on a day (valid from that day). */
    public ContractView signed(String rep, long customerId, String value, LocalDate signedOn) {
        ContractView c = approved(rep, draft(rep, customerId, value, signedOn));
        return users.runAs(rep, () -> contracts.sign(c.id(), c.version(), signedOn, null, null));
    }
}
