package com.yiti.contract.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Contracts: sales, managers and finance read them (each in their scope, decided in the facade); reps, sales managers
 * and ADMIN write them.
 */
@Configuration(proxyBeanMethods = false)
class ContractRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN", "FINANCE"};
    private static final String[] WRITERS = {"SALES_REP", "SALES_MANAGER", "ADMIN"};

    @Bean
    com.yiti.platform.NavigationItem contractsNavigation() {
        return new com.yiti.platform.NavigationItem(
                "contracts",
                "nav.contracts",
                "/contracts",
                java.util.Set.of(
                        com.yiti.platform.Role.SALES_REP,
                        com.yiti.platform.Role.SALES_MANAGER,
                        com.yiti.platform.Role.MANAGER,
                        com.yiti.platform.Role.FINANCE,
                        com.yiti.platform.Role.ADMIN),
                145);
    }

    @Bean
    RouteAuthorization contractRouteAuthorization() {
        return routes -> routes.requestMatchers("/contracts/new")
                .hasAnyRole(WRITERS)
                .requestMatchers(
                        HttpMethod.GET, "/contracts", "/contracts/**", "/api/v1/contracts", "/api/v1/contracts/**")
                .hasAnyRole(READERS)
                .requestMatchers("/contracts", "/contracts/**", "/api/v1/contracts", "/api/v1/contracts/**")
                .hasAnyRole(WRITERS);
    }
}
