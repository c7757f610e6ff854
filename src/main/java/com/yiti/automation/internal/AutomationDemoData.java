package com.yiti.automation.internal;

import com.yiti.automation.AutomationRules;
import com.yiti.automation.RuleAction;
import com.yiti.automation.RuleData;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: three rules an administrator would start with (decision 053) — a large confirmed order becomes a task for the
 * rep's department head and tags the customer, a won opportunity is told to the department head, a large overdue
 * invoice becomes a task for the rep and is told to the department head. Editable at /admin/automation-rules.
 */
@Component
@Order(86)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class AutomationDemoData implements ApplicationRunner {

    private final Rules rules;
    private final AutomationRules automation;

    AutomationDemoData(Rules rules, AutomationRules automation) {
        this.rules = rules;
        this.automation = automation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rules.count() > 0) {
            return;
        }
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            automation.create(new RuleData(
                    "大单跟进 Large order follow-up",
                    "order.confirmed",
                    "amount >= 200000",
                    List.of(RuleAction.parse("TASK OWNER_HEAD"), RuleAction.parse("TAG 大单客户")),
                    true));
            automation.create(new RuleData(
                    "赢单喜报 Deal won",
                    "opportunity.stageChanged",
                    "won = 1",
                    List.of(RuleAction.parse("NOTIFY OWNER_HEAD")),
                    true));
            return automation.create(new RuleData(
                    "大额逾期 Large overdue invoice",
                    "invoice.overdue",
                    "open >= 50000",
                    List.of(RuleAction.parse("TASK OWNER"), RuleAction.parse("NOTIFY OWNER_HEAD")),
                    true));
        });
    }
}
