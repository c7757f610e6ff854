package com.yiti.platform;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links that leave the application (e-mailed survey links, links in exports): always on the configured
 * base URL ({@code yiti.base-url}), never on the Host header of the request that made them, which anyone can forge.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${yiti.base-url:http://localhost:8080}") String baseUrl) {
        URI uri = URI.create(baseUrl.trim());
        if (uri.getScheme() == null
                || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalStateException("yiti.base-url must be an absolute http(s) URL, not " + baseUrl);
        }
        String text = uri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The absolute URL of an application path such as {@code /csat/abc}. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public String base() {
        return base;
    }
}
