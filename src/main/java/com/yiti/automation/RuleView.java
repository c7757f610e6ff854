package com.yiti.automation;

import java.util.List;

public record RuleView(
        long id, String name, String event, String condition, List<RuleAction> actions, boolean active, long version) {}
