package com.yiti.platform.internal;

import com.yiti.shared.BusinessRuleException;

/** At least 10 characters and not the username. Seeded demo passwords are the only exception. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleException(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleException(field, "password.tooLong", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessRuleException(field, "password.equalsUsername");
        }
    }
}
