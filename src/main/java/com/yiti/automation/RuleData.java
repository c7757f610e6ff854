package com.yiti.automation;

import java.util.List;

/** A rule as ADMIN writes it: its name, the event, an optional condition on the event's facts, actions, on/off. */
public record RuleData(String name, String event, String condition, List<RuleAction> actions, boolean active) {}
