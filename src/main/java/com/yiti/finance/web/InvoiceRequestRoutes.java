package com.yiti.finance.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * VAT invoice requests: sales (their invoices'), finance, managers read; sales and finance ask; FINANCE decides,
 * exports and imports (the facade enforces it as well). Tax codes live under /finance (FINANCE keeps them).
 */
@Configuration(proxyBeanMethods = false)
class InvoiceRequestRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN", "FINANCE"};

    @Bean
    RouteAuthorization invoiceRequestRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        "/invoice-requests/export",
                        "/invoice-requests/issued",
                        "/invoice-requests/red",
                        "/invoice-requests/*/approve",
                        "/invoice-requests/*/reject",
                        "/api/v1/invoice-requests/export",
                        "/api/v1/invoice-requests/issued",
                        "/api/v1/invoice-requests/*/approve",
                        "/api/v1/invoice-requests/*/reject")
                .hasRole("FINANCE")
                .requestMatchers("/invoice-requests/new", "/invoice-requests/instalment")
                .hasAnyRole("SALES_REP", "SALES_MANAGER", "ADMIN", "FINANCE")
                .requestMatchers(
                        HttpMethod.GET,
                        "/invoice-requests",
                        "/invoice-requests/**",
                        "/api/v1/invoice-requests",
                        "/api/v1/invoice-requests/**")
                .hasAnyRole(READERS)
                .requestMatchers("/invoice-requests", "/api/v1/invoice-requests")
                .hasAnyRole("SALES_REP", "SALES_MANAGER", "ADMIN", "FINANCE");
    }
}
