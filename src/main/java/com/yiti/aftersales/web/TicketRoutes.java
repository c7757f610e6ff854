package com.yiti.aftersales.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Tickets: SERVICE and ADMIN work on them, MANAGER reads, sales reps open and comment on their customers' tickets
 * (the facade keeps them to their customers and away from status changes).
 */
@Configuration(proxyBeanMethods = false)
class TicketRoutes {

    private static final String[] READERS = {"SERVICE", "ADMIN", "MANAGER", "SALES_REP", "SALES_MANAGER"};
    private static final String[] WRITERS = {"SERVICE", "ADMIN", "SALES_REP", "SALES_MANAGER"};

    @Bean
    RouteAuthorization ticketRouteAuthorization() {
        return routes -> routes.requestMatchers("/csat/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/returns", "/api/v1/returns")
                .hasAnyRole("SERVICE", "WAREHOUSE", "FINANCE", "MANAGER", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/returns/**", "/api/v1/returns/**")
                .hasAnyRole("SERVICE", "WAREHOUSE", "FINANCE", "MANAGER", "ADMIN", "SALES_REP", "SALES_MANAGER")
                .requestMatchers("/returns/*/receive", "/api/v1/returns/*/receive")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                .requestMatchers("/returns/*/credit", "/api/v1/returns/*/credit")
                .hasRole("FINANCE")
                .requestMatchers("/returns/*/cancel", "/api/v1/returns/*/cancel", "/tickets/*/returns")
                .hasAnyRole("SERVICE", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/returns")
                .hasAnyRole("SERVICE", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/tickets/quality")
                .hasAnyRole("PRODUCTION", "PURCHASING", "SERVICE", "MANAGER", "ADMIN")
                .requestMatchers(
                        "/tickets/*/status", "/tickets/*/edit", "/tickets/*/root-cause", "/tickets/*/csat-link")
                .hasAnyRole("SERVICE", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/status", "/api/v1/tickets/*/root-cause")
                .hasAnyRole("SERVICE", "ADMIN")
                // the new-ticket form only leads to a change: refused to the read-only MANAGER
                .requestMatchers("/tickets/new")
                .hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/tickets/**", "/api/v1/tickets/**")
                .hasAnyRole(READERS)
                .requestMatchers("/tickets/**", "/api/v1/tickets/**")
                .hasAnyRole(WRITERS);
    }

    @Bean
    NavigationItem qualityNavigation() {
        return new NavigationItem(
                "quality", "nav.quality", "/tickets/quality", Set.of(Role.PRODUCTION, Role.PURCHASING), 285);
    }

    @Bean
    NavigationItem returnsNavigation() {
        return new NavigationItem(
                "returns", "nav.returns", "/returns", Set.of(Role.SERVICE, Role.WAREHOUSE, Role.FINANCE), 290);
    }

    @Bean
    NavigationItem ticketsNavigation() {
        return new NavigationItem(
                "tickets", "nav.tickets", "/tickets", Set.of(Role.SERVICE, Role.MANAGER, Role.ADMIN), 280);
    }
}
