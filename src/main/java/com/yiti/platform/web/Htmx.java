package com.yiti.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL, two renderings: the whole page, or for an htmx request only the fragment it swaps in. */
final class Htmx {

    private Htmx() {}

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
