package com.yiti.platform.internal;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import com.yiti.shared.BusinessRuleException;
import java.util.List;
import java.util.Locale;

/**
 * Password rules (ASVS 6.2): 10 to 128 characters; not built from the username or the product's name; not one of
 * the 30,000 most common passwords that ship inside the application (zxcvbn's list, also in l33t spelling or
 * reversed); and not so guessable that zxcvbn scores it below 2 of 4. The same measure drives the strength meter
 * on the form. Seeded demo passwords are the only exception.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 2;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /** A measured password: zxcvbn's 0–4 score and the rule it breaks (a message code), if any. */
    record Measure(int score, String problem) {}

    static void check(String field, String username, String password) {
        Measure m = measure(username, password);
        if (m.problem() != null) {
            throw new BusinessRuleException(
                    field, m.problem(), m.problem().equals("password.tooShort") ? MIN_LENGTH : MAX_LENGTH);
        }
    }

    static Measure measure(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return new Measure(0, "password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return new Measure(0, "password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (lower.equals(name)) {
            return new Measure(0, "password.equalsUsername");
        }
        if ((name.length() >= 3 && lower.contains(name)) || lower.contains("yiti")) {
            return new Measure(0, "password.containsName");
        }
        Strength strength = ZXCVBN.measure(password, name.isEmpty() ? List.of("yiti") : List.of(name, "yiti"));
        int score = strength.getScore();
        if (isCommon(strength, password)) {
            return new Measure(0, "password.common");
        }
        if (score < MIN_SCORE) {
            return new Measure(score, "password.weak");
        }
        return new Measure(score, null);
    }

    /** The whole password is one entry of the common-password list (any case, l33t or reversed). */
    private static boolean isCommon(Strength strength, String password) {
        List<Match> sequence = strength.getSequence();
        return sequence.size() == 1
                && "passwords".equals(sequence.get(0).dictionaryName)
                && sequence.get(0).token.length() == password.length();
    }
}
