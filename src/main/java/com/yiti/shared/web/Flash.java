package com.yiti.shared.web;

import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Buttons on a record page (confirm, send, start...) that post and redirect back: success shows a message, a refused
 * rule or a concurrent change shows why, in the reader's language, on the page they return to.
 */
public final class Flash {

    private Flash() {}

    /** Runs the action; on success flashes the message key and returns true, otherwise flashes the refusal. */
    public static boolean run(RedirectAttributes redirect, String successKey, Runnable action) {
        return submit(redirect, successKey, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /** Like {@link #run}, returning the action's result (null when it was refused). */
    public static <T> T submit(RedirectAttributes redirect, String successKey, Supplier<T> action) {
        try {
            T result = action.get();
            redirect.addFlashAttribute("message", successKey);
            return result;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "record.changedByOther");
        }
        return null;
    }
}
