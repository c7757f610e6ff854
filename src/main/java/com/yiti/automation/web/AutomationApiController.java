package com.yiti.automation.web;

import com.yiti.automation.AutomationRules;
import com.yiti.automation.RuleData;
import com.yiti.automation.RuleView;
import com.yiti.automation.RunView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Automation rules and their run log as JSON (ADMIN). */
@RestController
@Tag(name = "Automation rules", description = "When an event, if a condition, then actions; each rule's runs")
class AutomationApiController {

    private final AutomationRules rules;

    AutomationApiController(AutomationRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/automation-rules")
    List<RuleView> list() {
        return rules.list();
    }

    @GetMapping("/api/v1/automation-rules/{id}")
    RuleView get(@PathVariable long id) {
        return rules.get(id);
    }

    @PostMapping("/api/v1/automation-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A rule: event (order.confirmed …), condition on its facts, actions (TASK/NOTIFY target, TAG)")
    RuleView create(@RequestBody RuleData data) {
        return rules.create(data);
    }

    @PutMapping("/api/v1/automation-rules/{id}")
    RuleView update(@PathVariable long id, @RequestParam long version, @RequestBody RuleData data) {
        return rules.update(id, version, data);
    }

    @GetMapping("/api/v1/automation-rules/{id}/runs")
    @Operation(summary = "The rule's runs, newest first: record, time, outcome (OK, RETRY, FAILED, LOOP)")
    PageResponse<RunView> runs(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        rules.get(id);
        return PageResponse.of(rules.runs(id, Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }
}
