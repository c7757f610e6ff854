package com.yiti.opportunity.web;

import com.yiti.opportunity.ActivityType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The activity form appears on other modules' pages too (customer 360), so its choices come with every page. */
@ControllerAdvice
class ActivityTypesAdvice {

    @ModelAttribute("activityTypes")
    ActivityType[] activityTypes() {
        return ActivityType.values();
    }
}
