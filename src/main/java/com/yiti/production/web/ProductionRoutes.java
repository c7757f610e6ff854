package com.yiti.production.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Production: PRODUCTION and ADMIN plan and make, MANAGER reads; PURCHASING reads material planning and the forecast. */
@Configuration(proxyBeanMethods = false)
class ProductionRoutes {

    @Bean
    RouteAuthorization productionRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        HttpMethod.GET,
                        "/production/mrp/**",
                        "/production/forecasts/**",
                        "/api/v1/mrp/**",
                        "/api/v1/forecasts/**")
                .hasAnyRole("PRODUCTION", "PURCHASING", "MANAGER", "ADMIN")
                .requestMatchers(
                        HttpMethod.GET,
                        "/production/**",
                        "/api/v1/production-orders/**",
                        "/api/v1/work-orders/**",
                        "/api/v1/plan-lines/**",
                        "/api/v1/boms/**",
                        "/api/v1/work-centres/**",
                        "/api/v1/routings/**")
                .hasAnyRole("PRODUCTION", "MANAGER", "ADMIN")
                .requestMatchers(
                        "/production/**",
                        "/api/v1/production-orders/**",
                        "/api/v1/work-orders/**",
                        "/api/v1/boms/**",
                        "/api/v1/work-centres/**",
                        "/api/v1/routings/**",
                        "/api/v1/mrp/**",
                        "/api/v1/forecasts/**")
                .hasAnyRole("PRODUCTION", "ADMIN");
    }

    @Bean
    NavigationItem productionNavigation() {
        return new NavigationItem(
                "production", "nav.production", "/production", Set.of(Role.PRODUCTION, Role.MANAGER, Role.ADMIN), 240);
    }
}
