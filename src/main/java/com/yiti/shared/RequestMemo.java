package com.yiti.shared;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one web request has already read, kept for the rest of that request only: a page whose panels each name the
 * same owners or customers reads each once. Outside a request (jobs, listeners) there is no memo and every read goes to
 * the database. A facade that changes what it memoizes forgets it in the same request.
 */
public final class RequestMemo {

    private RequestMemo() {}

    /** The request's memo under this key (created empty), or null outside a web request. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> of(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<K, V>();
            request.setAttribute(key, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<K, V>) memo;
    }

    /** Drops the request's memo under this key, after a change to what it holds. */
    public static void forget(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(key, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
