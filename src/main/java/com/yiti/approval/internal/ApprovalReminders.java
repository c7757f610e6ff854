package com.yiti.approval.internal;

import com.yiti.approval.Approvals;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node: approvers of a step past its time limit are reminded, once per step. */
@Component
class ApprovalReminders {

    private final Approvals approvals;

    ApprovalReminders(Approvals approvals) {
        this.approvals = approvals;
    }

    @Scheduled(cron = "${yiti.approval.reminders-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "approval-reminders", lockAtMostFor = "PT10M")
    void run() {
        approvals.remindOverdue();
    }
}
