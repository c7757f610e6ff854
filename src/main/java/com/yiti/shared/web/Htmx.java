package com.yiti.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL, two renderings: the whole page, or for an htmx request only the fragment it swaps in. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
