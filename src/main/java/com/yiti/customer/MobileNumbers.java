package com.yiti.customer;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13–19; spaces, dashes and a +86 prefix are tolerated. */
public final class MobileNumbers {

    private static final Pattern MAINLAND = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumbers() {}

    /** The bare 11 digits, or null when blank. */
    public static String normalize(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return null;
        }
        String s = mobile.replaceAll("[\\s-]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        return s;
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A plausible email address (the mail server has the last word). */
    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= 200 && EMAIL.matcher(email).matches();
    }

    public static boolean isValid(String normalized) {
        return normalized != null && MAINLAND.matcher(normalized).matches();
    }
}
