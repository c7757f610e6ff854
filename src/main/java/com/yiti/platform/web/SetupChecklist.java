package com.yiti.platform.web;

import com.yiti.platform.SetupStep;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The modules' first-run steps in order, each with whether it is done: what a blank installation still lacks. */
@Component
class SetupChecklist {

    private final ObjectProvider<SetupStep> steps;

    SetupChecklist(ObjectProvider<SetupStep> steps) {
        this.steps = steps;
    }

    /** One step as shown: done or not, and whether it is the next one to take. */
    record Item(SetupStep step, boolean done, boolean next) {}

    List<Item> items() {
        List<SetupStep> ordered = steps.orderedStream()
                .sorted(Comparator.comparingInt(SetupStep::order))
                .toList();
        List<Item> items = new java.util.ArrayList<>();
        boolean nextFound = false;
        for (SetupStep step : ordered) {
            boolean done = step.done().getAsBoolean();
            boolean next = !done && !nextFound;
            nextFound |= next;
            items.add(new Item(step, done, next));
        }
        return items;
    }

    static boolean complete(List<Item> items) {
        return items.stream().allMatch(Item::done);
    }
}
