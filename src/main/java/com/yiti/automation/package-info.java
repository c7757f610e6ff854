/**
 * Automation rules (issue 19, decision 053): when an event, if a condition on its facts, then actions, defined by
 * ADMIN without a release. Business modules publish an {@link com.yiti.automation.AutomationEvent} with the facts a
 * rule needs (never their records); rules run after the event's transaction commits, each in a transaction of its own,
 * raising inbox tasks, notifying people, or asking the record's module to set a field
 * ({@link com.yiti.automation.AutomationFieldSet}, applied by that module). Every run is logged; a failing run is
 * retried, then shown; a rule that keeps firing on one record is stopped and reported. Knows no business module.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "notification"})
package com.yiti.automation;

import org.springframework.modulith.ApplicationModule;
