package com.yiti.finance.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Collection plans are read by sales (their customers'), managers and finance, and kept by sales and finance; the
 * facade decides per customer. The period figures are for FINANCE, MANAGER and ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class CollectionPlanRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN", "FINANCE"};
    private static final String[] WRITERS = {"SALES_REP", "SALES_MANAGER", "ADMIN", "FINANCE"};

    @Bean
    RouteAuthorization collectionPlanRouteAuthorization() {
        return routes -> routes.requestMatchers("/collection-plans/achievement", "/api/v1/collection-plans/achievement")
                .hasAnyRole("FINANCE", "MANAGER", "ADMIN")
                .requestMatchers("/collection-plans/new")
                .hasAnyRole(WRITERS)
                .requestMatchers(
                        HttpMethod.GET,
                        "/collection-plans/**",
                        "/api/v1/collection-plans",
                        "/api/v1/collection-plans/**")
                .hasAnyRole(READERS)
                .requestMatchers(
                        "/collection-plans",
                        "/collection-plans/**",
                        "/api/v1/collection-plans",
                        "/api/v1/collection-plans/**")
                .hasAnyRole(WRITERS);
    }
}
