package com.yiti.approval.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Approvals: anyone signed in opens what waits for them (the facade decides who may see and decide a request) — from
 * the user menu, the inbox task or the bell; ADMIN keeps the flows (a navigation entry), MANAGER reads them.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalRoutes {

    @Bean
    RouteAuthorization approvalRouteAuthorization() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/approval-flows/**")
                .hasAnyRole("ADMIN", "MANAGER")
                .requestMatchers("/api/v1/approval-flows/**")
                .hasRole("ADMIN")
                .requestMatchers("/approvals/**", "/api/v1/approvals/**")
                .authenticated();
    }

    @Bean
    NavigationItem approvalFlowsNavigation() {
        return new NavigationItem(
                "approval-flows", "nav.approvalFlows", "/admin/approval-flows", EnumSet.of(Role.ADMIN), 915);
    }
}
