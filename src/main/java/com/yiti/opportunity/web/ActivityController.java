package com.yiti.opportunity.web;

import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.ActivityView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.web.Redirects;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logs activities from the forms on customer, lead and opportunity pages, and completes follow-ups. */
@Controller
@RequestMapping("/activities")
class ActivityController {

    private final ActivityManagement activities;

    ActivityController(ActivityManagement activities) {
        this.activities = activities;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        String back = Redirects.safeLocalPath(returnTo);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("flashError", "activity.invalid");
            return "redirect:" + back;
        }
        try {
            activities.create(form.toData());
            redirect.addFlashAttribute("message", "activity.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:" + back;
    }

    @PostMapping("/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        ActivityView done = activities.complete(id);
        redirect.addFlashAttribute("message", "activity.doneMessage");
        return "redirect:" + (returnTo == null ? done.recordLink() : Redirects.safeLocalPath(returnTo));
    }
}
