package com.yiti.automation.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Automation is ADMIN's: the pages under /admin, the API here. */
@Configuration(proxyBeanMethods = false)
class AutomationRoutes {

    @Bean
    RouteAuthorization automationRouteAuthorization() {
        return routes -> routes.requestMatchers("/api/v1/automation-rules", "/api/v1/automation-rules/**")
                .hasRole(Role.ADMIN.name());
    }

    @Bean
    NavigationItem automationNavigation() {
        return new NavigationItem(
                "automation-rules", "nav.automationRules", "/admin/automation-rules", EnumSet.of(Role.ADMIN), 917);
    }
}
