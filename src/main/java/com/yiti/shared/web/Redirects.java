package com.yiti.shared.web;

/** Only local paths are followed after a form post: never another site, never a protocol-relative URL. */
public final class Redirects {

    private Redirects() {}

    public static String safeLocalPath(String candidate) {
        if (candidate == null
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.contains("\r")
                || candidate.contains("\n")) {
            return "/";
        }
        return candidate;
    }
}
