package com.yiti.imports.web;

import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Imports are ADMIN's, on screens (/admin/imports, ADMIN's by the platform's rule) and in the API. */
@Configuration(proxyBeanMethods = false)
class ImportRoutes {

    @Bean
    RouteAuthorization importRouteAuthorization() {
        return routes ->
                routes.requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasRole(Role.ADMIN.name());
    }
}
