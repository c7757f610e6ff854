package com.yiti.shared;

/** Free text as the facades store it: trimmed, and blank means absent. */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
