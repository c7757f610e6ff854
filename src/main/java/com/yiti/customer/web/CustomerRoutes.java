package com.yiti.customer.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may open the customer module: the sales roles, MANAGER (reads only) and ADMIN. Which records they see is
 * decided by the facade's scope; this is the coarse gate.
 */
@Configuration(proxyBeanMethods = false)
class CustomerRoutes {

    static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN"};
    static final String[] WRITERS = {"SALES_REP", "SALES_MANAGER", "ADMIN"};

    /** Invoicing data (开票信息): also FINANCE's, who issues the invoices; before the rules below. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    RouteAuthorization invoiceDetailsRouteAuthorization() {
        String[] paths = {"/customers/*/invoice-details", "/api/v1/customers/*/invoice-details"};
        return routes -> routes.requestMatchers(HttpMethod.GET, paths)
                .hasAnyRole("SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN", "FINANCE")
                .requestMatchers(paths)
                .hasAnyRole("SALES_REP", "SALES_MANAGER", "ADMIN", "FINANCE");
    }

    @Bean
    RouteAuthorization customerRouteAuthorization() {
        return routes -> routes.requestMatchers("/customers/new", "/customers/*/edit", "/customers/*/contacts/*")
                .hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/customers/**", "/api/v1/customers/**")
                .hasAnyRole(READERS)
                .requestMatchers("/customers/**", "/api/v1/customers/**")
                .hasAnyRole(WRITERS);
    }

    @Bean
    NavigationItem customersNavigation() {
        return new NavigationItem(
                "customers",
                "nav.customers",
                "/customers",
                Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN),
                100);
    }

    /** First-run checklist: customers entered (or imported). */
    @Bean
    com.yiti.platform.SetupStep customersStep(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new com.yiti.platform.SetupStep(
                "customers",
                70,
                "setup.step.customers",
                "setup.hint.customers",
                "/customers/new",
                () -> !jdbc.queryForList("select id from cus_customer limit 1", Long.class)
                        .isEmpty());
    }
}
