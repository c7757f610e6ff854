package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The scopes an API client can be given, one pair per resource of the API ({@code read:orders}, {@code write:orders}),
 * read off the application's own routes (the first segment after {@code /api/v1/}), plus {@code read:metrics} for
 * {@code /actuator/prometheus}. A request needs {@code read:} for GET and HEAD, {@code write:} for the rest; write
 * includes read.
 */
@Component
public class ApiScopes {

    private final RequestMappingHandlerMapping mappings;
    private volatile List<String> resources;

    ApiScopes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Every resource of the API, sorted: {@code customers}, {@code orders}, … and {@code metrics}. */
    public List<String> resources() {
        List<String> found = resources;
        if (found == null) {
            TreeSet<String> names = new TreeSet<>();
            mappings.getHandlerMethods()
                    .keySet()
                    .forEach(info -> info.getPatternValues().forEach(p -> {
                        String r = resourceOf(p);
                        if (r != null && !r.startsWith("{")) {
                            names.add(r);
                        }
                    }));
            names.add("metrics");
            found = List.copyOf(names);
            resources = found;
        }
        return found;
    }

    /** Every scope: read and write of every resource. */
    public List<String> all() {
        return resources().stream()
                .flatMap(r -> java.util.stream.Stream.of("read:" + r, "write:" + r))
                .toList();
    }

    /** The scope a request needs. */
    static String required(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String resource = path.startsWith("/actuator/prometheus") ? "metrics" : resourceOf(path);
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        return (read ? "read:" : "write:") + (resource == null ? "api" : resource);
    }

    /** Whether the granted scopes allow the required one (write includes read). */
    static boolean allows(List<String> granted, String required) {
        return granted.contains(required)
                || (required.startsWith("read:") && granted.contains("write:" + required.substring(5)));
    }

    private static String resourceOf(String path) {
        if (!path.startsWith("/api/v1/")) {
            return null;
        }
        String rest = path.substring("/api/v1/".length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.isEmpty() ? null : first;
    }
}
