package com.yiti.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to another page or sort order of the current list, keeping its filters ({@code ${@pageLinks.to(2)}}). */
@Component("pageLinks")
class PageLinks {

    /** Whether the list's total is a lower bound (a {@link com.yiti.shared.CappedPage} that stopped counting). */
    public boolean capped(org.springframework.data.domain.Page<?> page) {
        return page instanceof com.yiti.shared.CappedPage<?> c && c.isCapped();
    }

    public String to(int page) {
        return withParam("page", String.valueOf(Math.max(page, 0)));
    }

    /** Sort by a property; the same property again flips the direction. Back to the first page. */
    public String sortBy(String property, String currentSort) {
        String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
        return UriComponentsBuilder.fromUriString(current())
                .replaceQueryParam("sort", next)
                .replaceQueryParam("page")
                .build()
                .toUriString();
    }

    private String withParam(String name, String value) {
        return UriComponentsBuilder.fromUriString(current())
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }

    private static String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return "/";
        }
        HttpServletRequest request = attrs.getRequest();
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
