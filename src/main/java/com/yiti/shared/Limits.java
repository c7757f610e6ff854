package com.yiti.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The documented range of every decimal a person or a client enters, checked where it enters (a field error on a
 * form, a 400 problem on the API) so that no amount computed from it can overflow a column: a quantity below ten
 * million, a price or cost below a hundred million, an amount (payment, credit limit, deal size) below ten trillion, a
 * percentage below a thousand. The modules' own rules (positive, at most 3 decimals, discount up to 100 %) stay where
 * they are and answer 422.
 */
public final class Limits {

    private Limits() {}

    /** Below 10,000,000 either way. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @ReportAsSingleViolation
    @Digits(integer = 7, fraction = 6)
    public @interface Quantity {
        String message() default "{Quantity}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Below 100,000,000 either way. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @ReportAsSingleViolation
    @Digits(integer = 8, fraction = 6)
    public @interface Price {
        String message() default "{Price}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Below 10,000,000,000,000 either way. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @ReportAsSingleViolation
    @Digits(integer = 13, fraction = 6)
    public @interface Amount {
        String message() default "{Amount}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Below 1,000 either way. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @ReportAsSingleViolation
    @Digits(integer = 3, fraction = 6)
    public @interface Percent {
        String message() default "{Percent}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
