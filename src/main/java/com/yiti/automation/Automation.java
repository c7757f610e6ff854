package com.yiti.automation;

import com.yiti.automation.internal.Rules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules hand their events to the rules (decision 053), inside their own transaction: published only when an
 * active rule listens for the event (one indexed read), so a busy path such as confirming orders pays nothing while no
 * rule wants it; the rules run after commit.
 */
@Service
public class Automation {

    private final Rules rules;
    private final ApplicationEventPublisher events;

    Automation(Rules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    /** Builds and publishes a batch of one event's occurrences, only when a rule listens for it (one read per batch). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll(String event, java.util.function.Supplier<java.util.List<AutomationEvent>> build) {
        if (rules.existsByEventAndActiveTrue(event)) {
            build.get().forEach(events::publishEvent);
        }
    }

    /** Builds and publishes the event only when a rule listens for it (the facts may cost reads). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(String event, java.util.function.Supplier<AutomationEvent> build) {
        if (rules.existsByEventAndActiveTrue(event)) {
            events.publishEvent(build.get());
        }
    }
}
