package com.yiti.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** ADMIN: the settings hub, the first-run checklist with every step and the reference data screens. */
@Controller
class SetupController {

    private final SetupChecklist checklist;

    SetupController(SetupChecklist checklist) {
        this.checklist = checklist;
    }

    @GetMapping("/admin/setup")
    String setup(Model model) {
        var items = checklist.items();
        model.addAttribute("steps", items);
        model.addAttribute("complete", SetupChecklist.complete(items));
        return "admin/setup";
    }
}
