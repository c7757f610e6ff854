package com.yiti.integration.web;

import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the module's routes: webhooks and sync jobs are ADMIN's (the /admin pages are ADMIN's by platform's rule); the
 * data-warehouse feed holds every record, so only MANAGER and ADMIN read it.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationRoutes {

    @Bean
    RouteAuthorization integrationRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        "/api/v1/webhooks", "/api/v1/webhooks/**", "/api/v1/sync-jobs", "/api/v1/sync-jobs/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/feed", "/api/v1/feed/**")
                .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name());
    }
}
