package com.yiti.opportunity.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may open the pipeline: sales roles and ADMIN change, MANAGER reads; campaigns are kept by managers. */
@Configuration(proxyBeanMethods = false)
class SalesRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN"};
    private static final String[] WRITERS = {"SALES_REP", "SALES_MANAGER", "ADMIN"};
    private static final Set<Role> SALES = Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN);

    @Bean
    RouteAuthorization salesRouteAuthorization() {
        return routes -> routes.requestMatchers("/campaigns/new", "/campaigns/*/edit")
                .hasAnyRole("SALES_MANAGER", "ADMIN")
                .requestMatchers(
                        "/leads/new",
                        "/leads/*/edit",
                        "/leads/*/qualify",
                        "/opportunities/new",
                        "/opportunities/*/edit",
                        "/opportunities/*/close")
                .hasAnyRole(WRITERS)
                .requestMatchers(
                        HttpMethod.GET,
                        "/leads/**",
                        "/opportunities/**",
                        "/campaigns/**",
                        "/activities/**",
                        "/api/v1/leads/**",
                        "/api/v1/opportunities/**",
                        "/api/v1/activities/**",
                        "/api/v1/campaigns/**")
                .hasAnyRole(READERS)
                .requestMatchers("/campaigns/**", "/api/v1/campaigns/**")
                .hasAnyRole("SALES_MANAGER", "ADMIN")
                .requestMatchers(
                        "/leads/**",
                        "/opportunities/**",
                        "/activities/**",
                        "/api/v1/leads/**",
                        "/api/v1/opportunities/**",
                        "/api/v1/activities/**")
                .hasAnyRole(WRITERS);
    }

    @Bean
    NavigationItem leadsNavigation() {
        return new NavigationItem("leads", "nav.leads", "/leads", SALES, 110);
    }

    @Bean
    NavigationItem opportunitiesNavigation() {
        return new NavigationItem("opportunities", "nav.opportunities", "/opportunities", SALES, 120);
    }

    @Bean
    NavigationItem campaignsNavigation() {
        return new NavigationItem("campaigns", "nav.campaigns", "/campaigns", SALES, 130);
    }
}
