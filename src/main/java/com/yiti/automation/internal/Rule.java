package com.yiti.automation.internal;

import com.yiti.automation.RuleAction;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/** An automation rule (decision 053). */
@Entity
@Table(name = "aut_rule")
@Audited
public class Rule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String event;

    @Column(name = "condition_expr", length = 200)
    private String condition;

    @Column(nullable = false, length = 1000)
    private String actions;

    @Column(nullable = false)
    private boolean active;

    protected Rule() {}

    public Rule(String name, String event, String condition, List<RuleAction> actions, boolean active) {
        change(name, event, condition, actions, active);
    }

    public void change(String name, String event, String condition, List<RuleAction> actions, boolean active) {
        this.name = name;
        this.event = event;
        this.condition = condition == null || condition.isBlank() ? null : condition.strip();
        this.actions = actions.stream().map(RuleAction::line).collect(Collectors.joining("\n"));
        this.active = active;
    }

    public List<RuleAction> actionList() {
        return Arrays.stream(actions.split("\n"))
                .filter(l -> !l.isBlank())
                .map(RuleAction::parse)
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEvent() {
        return event;
    }

    public String getCondition() {
        return condition;
    }

    public boolean isActive() {
        return active;
    }
}
