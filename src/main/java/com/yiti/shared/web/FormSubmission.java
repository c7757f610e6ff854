package com.yiti.shared.web;

import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The one way a form reaches a facade: nothing is called while the form has errors; a business rule's refusal lands
 * at its field; a concurrent change becomes the "changed by someone else" message, with the user's input kept.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** Runs the action if the form is valid; empty when it was not run or was refused (the errors are on the form). */
    public static <T> Optional<T> submit(BindingResult result, Supplier<T> action) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (BusinessRuleException e) {
            FormErrors.reject(result, e);
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            result.reject("record.changedByOther");
        }
        return Optional.empty();
    }

    /** For actions without a result. */
    public static boolean run(BindingResult result, Runnable action) {
        return submit(result, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
