package com.yiti.dashboard.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard: MANAGER and ADMIN (everything), SALES_MANAGER (their team's sales figures). */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

    @Bean
    RouteAuthorization dashboardRouteAuthorization() {
        return routes -> routes.requestMatchers("/dashboard/**", "/dashboard", "/api/v1/dashboard/**")
                .hasAnyRole("MANAGER", "ADMIN", "SALES_MANAGER");
    }

    @Bean
    NavigationItem dashboardNavigation() {
        return new NavigationItem(
                "dashboard", "nav.dashboard", "/dashboard", Set.of(Role.MANAGER, Role.ADMIN, Role.SALES_MANAGER), 5);
    }
}
