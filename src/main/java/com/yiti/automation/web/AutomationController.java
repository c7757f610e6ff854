package com.yiti.automation.web;

import com.yiti.automation.AutomationEventType;
import com.yiti.automation.AutomationRules;
import com.yiti.automation.RuleAction;
import com.yiti.automation.RuleData;
import com.yiti.automation.RuleView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: automation rules, one form each, and their run log. */
@Controller
class AutomationController {

    private final AutomationRules rules;

    AutomationController(AutomationRules rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/automation-rules")
    String list(Model model) {
        model.addAttribute("rules", rules.list());
        model.addAttribute("runs", rules.runs(null, PageRequest.of(0, 30)));
        return form(model, null);
    }

    @GetMapping("/admin/automation-rules/{id}")
    String edit(@PathVariable long id, Model model) {
        RuleView rule = rules.get(id);
        model.addAttribute("rules", rules.list());
        model.addAttribute("runs", rules.runs(id, PageRequest.of(0, 50)));
        return form(model, rule);
    }

    private String form(Model model, RuleView rule) {
        model.addAttribute("rule", rule);
        model.addAttribute(
                "actionsText",
                rule == null
                        ? "TASK OWNER"
                        : String.join(
                                "\n",
                                rule.actions().stream().map(RuleAction::line).toList()));
        model.addAttribute("events", AutomationEventType.values());
        return "automation/rules";
    }

    @PostMapping("/admin/automation-rules")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) Long version,
            @RequestParam String name,
            @RequestParam String event,
            @RequestParam(required = false) String condition,
            @RequestParam(required = false) String actions,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        try {
            List<RuleAction> parsed = new ArrayList<>();
            for (String line : Arrays.stream((actions == null ? "" : actions).split("\\R"))
                    .filter(l -> !l.isBlank())
                    .toList()) {
                try {
                    parsed.add(RuleAction.parse(line));
                } catch (RuntimeException e) {
                    throw new BusinessRuleException("actions", "automation.actionInvalid", line.strip());
                }
            }
            RuleData data = new RuleData(name, event, condition, parsed, active);
            RuleView saved = id == null ? rules.create(data) : rules.update(id, version == null ? -1 : version, data);
            redirect.addFlashAttribute("message", "automation.saved");
            return "redirect:/admin/automation-rules/" + saved.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("flashError", "record.changedByOther");
        }
        return id == null ? "redirect:/admin/automation-rules" : "redirect:/admin/automation-rules/" + id;
    }
}
