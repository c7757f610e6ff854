package com.yiti.shared.web;

import com.yiti.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;

/** Puts a business rule's refusal next to the field it is about (or at the top of the form). */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.field() != null && result.getTarget() != null && hasField(result, e.field())) {
            result.rejectValue(e.field(), e.code(), e.args(), e.code());
        } else {
            result.reject(e.code(), e.args(), e.code());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
