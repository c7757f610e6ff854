package com.yiti.finance.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Finance screens: FINANCE works, MANAGER and ADMIN read. The invoice API also answers sales reps (their customers'
 * invoices only, decided in the facade); the journal never does. Applied before the customer module's rules, which
 * would otherwise answer for {@code /api/v1/customers/{id}/exposure}.
 */
@Configuration(proxyBeanMethods = false)
class FinanceRoutes {

    private static final String[] READERS = {"FINANCE", "MANAGER", "ADMIN"};
    private static final String[] WITH_PURCHASING = {"FINANCE", "MANAGER", "ADMIN", "PURCHASING"};
    private static final String[] WITH_SALES = {"FINANCE", "MANAGER", "ADMIN", "SALES_REP", "SALES_MANAGER"};

    @Bean
    @Order(0)
    RouteAuthorization financeRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/customers/*/exposure",
                        "/api/v1/customers/*/statement.pdf",
                        "/api/v1/customers/*/statement.xlsx",
                        "/api/v1/customers/*/statement",
                        "/api/v1/invoices/**")
                .hasAnyRole(WITH_SALES)
                .requestMatchers("/api/v1/customers/*/credit-terms", "/api/v1/customers/*/statement/replies")
                .hasRole("FINANCE")
                .requestMatchers(HttpMethod.GET, "/api/v1/deposits")
                .hasAnyRole(READERS)
                .requestMatchers("/api/v1/deposits")
                .hasRole("FINANCE")
                .requestMatchers(HttpMethod.GET, "/api/v1/credit-holds/**", "/api/v1/credit-accounts/**")
                .hasAnyRole(READERS)
                .requestMatchers("/api/v1/credit-holds/**")
                .hasRole("FINANCE")
                // payables: PURCHASING reads supplier invoices and accepts the differences of held ones
                .requestMatchers("/finance/payables/settings", "/api/v1/payables/tolerances")
                .hasRole("ADMIN")
                .requestMatchers(
                        HttpMethod.POST, "/finance/supplier-invoices/*/release", "/api/v1/supplier-invoices/*/release")
                .hasAnyRole("PURCHASING", "ADMIN")
                .requestMatchers(
                        HttpMethod.POST, "/finance/supplier-invoices/*/recheck", "/api/v1/supplier-invoices/*/recheck")
                .hasAnyRole("FINANCE", "PURCHASING")
                .requestMatchers("/finance/supplier-invoices/new", "/finance/supplier-payments/new")
                .hasRole("FINANCE")
                .requestMatchers(
                        HttpMethod.GET,
                        "/finance/supplier-invoices",
                        "/finance/supplier-invoices/*",
                        "/api/v1/supplier-invoices/**",
                        "/finance/supplier-debit-notes",
                        "/finance/supplier-debit-notes/*",
                        "/api/v1/supplier-debit-notes/**")
                .hasAnyRole(WITH_PURCHASING)
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/supplier-payments/**",
                        "/api/v1/payables/**",
                        "/api/v1/suppliers/*/statement")
                .hasAnyRole(READERS)
                .requestMatchers("/api/v1/supplier-invoices/**", "/api/v1/supplier-payments/**")
                .hasRole("FINANCE")
                // forms that only lead to a change: refused to readers, not only their post
                .requestMatchers(
                        "/finance/payments/new",
                        "/finance/accounts/*",
                        "/finance/invoices/*/email",
                        "/finance/customers/*/statement/email")
                .hasRole("FINANCE")
                .requestMatchers(
                        HttpMethod.GET,
                        "/finance/**",
                        "/api/v1/credit-notes/**",
                        "/api/v1/payments/**",
                        "/api/v1/journal-entries/**",
                        "/api/v1/receivables/**")
                .hasAnyRole(READERS)
                .requestMatchers(
                        "/finance/**",
                        "/api/v1/invoices/**",
                        "/api/v1/credit-notes/**",
                        "/api/v1/payments/**",
                        "/api/v1/journal-entries/**",
                        "/api/v1/receivables/**")
                .hasRole("FINANCE");
    }

    @Bean
    NavigationItem financeNavigation() {
        return new NavigationItem(
                "finance", "nav.finance", "/finance/invoices", Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN), 300);
    }
}
