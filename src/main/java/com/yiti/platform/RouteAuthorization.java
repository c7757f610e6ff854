package com.yiti.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules, in one place per module: each module declares one bean saying which roles may open its pages
 * and API paths. The platform applies them all, then requires sign-in for everything else.
 */
@FunctionalInterface
public interface RouteAuthorization {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
