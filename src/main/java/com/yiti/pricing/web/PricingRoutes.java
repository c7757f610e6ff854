package com.yiti.pricing.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Price lists: sales, managers and finance read them; SALES_MANAGER, MANAGER and ADMIN keep them. */
@Configuration(proxyBeanMethods = false)
class PricingRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN", "FINANCE"};
    private static final String[] WRITERS = {"SALES_MANAGER", "MANAGER", "ADMIN"};

    @Bean
    RouteAuthorization pricingRouteAuthorization() {
        return routes -> routes.requestMatchers("/price-lists/new")
                .hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/price-lists", "/price-lists/*", "/api/v1/price-lists/**")
                .hasAnyRole(READERS)
                .requestMatchers("/price-lists/**", "/api/v1/price-lists/**")
                .hasAnyRole(WRITERS);
    }
}
