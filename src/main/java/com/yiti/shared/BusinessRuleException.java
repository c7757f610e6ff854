package com.yiti.shared;

import java.util.Arrays;

/**
 * A request that is well-formed but breaks a business rule. Carries a message code (resolved in the user's language)
 * and, optionally, the form field it belongs to.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public BusinessRuleException(String field, String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.code = code;
        this.args = args;
    }

    /** The form field the rule is about, or null for the whole record. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
