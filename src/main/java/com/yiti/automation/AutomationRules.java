package com.yiti.automation;

import com.yiti.automation.internal.Rule;
import com.yiti.automation.internal.RuleRuns;
import com.yiti.automation.internal.Rules;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.FactCondition;
import com.yiti.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's automation rules (decision 053): when an event, if a condition on its facts, then actions, switched on and
 * off without a release; each change audited. The run log shows what every rule did to which record.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AutomationRules {

    static final int MAX_ACTIONS = 10;

    private final Rules rules;
    private final RuleRuns runs;

    AutomationRules(Rules rules, RuleRuns runs) {
        this.rules = rules;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public List<RuleView> list() {
        return rules.findAllByOrderByName().stream().map(AutomationRules::view).toList();
    }

    @Transactional(readOnly = true)
    public RuleView get(long id) {
        return view(rules.findById(id).orElseThrow(() -> new RecordNotFoundException("AutomationRule", id)));
    }

    public RuleView create(RuleData data) {
        validate(null, data);
        return view(rules.saveAndFlush(
                new Rule(data.name().strip(), data.event(), data.condition(), data.actions(), data.active())));
    }

    public RuleView update(long id, long expectedVersion, RuleData data) {
        Rule r = rules.findById(id).orElseThrow(() -> new RecordNotFoundException("AutomationRule", id));
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("AutomationRule", id);
        }
        validate(id, data);
        r.change(data.name().strip(), data.event(), data.condition(), data.actions(), data.active());
        rules.flush();
        return view(r);
    }

    /** A rule's runs, newest first (all rules' with {@code ruleId} null). */
    @Transactional(readOnly = true)
    public Page<RunView> runs(Long ruleId, Pageable pageable) {
        return (ruleId == null
                        ? runs.findAllByOrderByIdDesc(pageable)
                        : runs.findByRuleIdOrderByIdDesc(ruleId, pageable))
                .map(r -> r.view());
    }

    private void validate(Long id, RuleData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (data.name().strip().length() > 100) {
            throw new BusinessRuleException("name", "department.nameLength", 100);
        }
        rules.findByName(data.name().strip()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
            throw new BusinessRuleException("name", "automation.nameTaken");
        });
        if (data.event() == null || AutomationEventType.of(data.event()).isEmpty()) {
            throw new BusinessRuleException("event", "automation.eventUnknown");
        }
        try {
            FactCondition.parse(data.condition());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("condition", "approval.conditionInvalid", e.getMessage());
        }
        if (data.actions() == null || data.actions().isEmpty()) {
            throw new BusinessRuleException("actions", "automation.actionsRequired");
        }
        if (data.actions().size() > MAX_ACTIONS) {
            throw new BusinessRuleException("actions", "automation.tooManyActions", MAX_ACTIONS);
        }
        for (RuleAction a : data.actions()) {
            try {
                // a TAG needs its tag, the others their target (a missing one would be read back as "null")
                if (a.kind() == RuleAction.Kind.TAG ? a.value() == null : a.target() == null) {
                    throw new IllegalArgumentException(a.kind() + " without its argument");
                }
                RuleAction.parse(a.line());
            } catch (RuntimeException e) {
                throw new BusinessRuleException("actions", "automation.actionInvalid", a.line());
            }
        }
    }

    static RuleView view(Rule r) {
        return new RuleView(
                r.getId(), r.getName(), r.getEvent(), r.getCondition(), r.actionList(), r.isActive(), r.getVersion());
    }
}
