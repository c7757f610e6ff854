package com.yiti.order.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Quotations and orders: sales roles and ADMIN work on them (within their scope), MANAGER reads. Fulfilment and
 * shipments: WAREHOUSE and ADMIN work, MANAGER reads; sales see shipments on their orders' pages.
 */
@Configuration(proxyBeanMethods = false)
class OrderRoutes {

    private static final String[] READERS = {"SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN"};
    private static final String[] WRITERS = {"SALES_REP", "SALES_MANAGER", "ADMIN"};
    private static final String[] WAREHOUSE_READERS = {"WAREHOUSE", "MANAGER", "ADMIN"};
    private static final String[] WAREHOUSE_WRITERS = {"WAREHOUSE", "ADMIN"};
    /** Who traces a lot or serial number: complaints, recalls, quality. */
    private static final String[] TRACERS = {"WAREHOUSE", "SERVICE", "PURCHASING", "PRODUCTION", "MANAGER", "ADMIN"};

    @Bean
    RouteAuthorization orderRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        HttpMethod.GET, "/trace", "/trace/**", "/api/v1/lots", "/api/v1/lots/**", "/api/v1/serials/**")
                .hasAnyRole(TRACERS)
                .requestMatchers(HttpMethod.GET, "/api/v1/sales-history")
                .hasAnyRole("MANAGER", "ADMIN", "PRODUCTION", "PURCHASING")
                .requestMatchers("/api/v1/sales-history")
                .hasAnyRole("MANAGER", "ADMIN")
                .requestMatchers("/quotations/new", "/quotations/*/edit", "/quotations/*/lines/**", "/orders/new")
                .hasAnyRole(WRITERS)
                .requestMatchers("/orders/*/edit", "/orders/*/lines/**", "/orders/*/cancel")
                .hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/quotations/**", "/orders/**", "/api/v1/quotations/**")
                .hasAnyRole(READERS)
                .requestMatchers(HttpMethod.GET, "/api/v1/orders/**")
                .hasAnyRole(READERS)
                .requestMatchers("/quotations/**", "/orders/**", "/api/v1/quotations/**", "/api/v1/orders/**")
                .hasAnyRole(WRITERS)
                .requestMatchers(HttpMethod.GET, "/fulfilment/orders/*/ship")
                .hasAnyRole(WAREHOUSE_WRITERS)
                .requestMatchers(
                        HttpMethod.GET,
                        "/fulfilment/**",
                        "/shipments/**",
                        "/api/v1/shipments/**",
                        "/api/v1/pick-list/**")
                .hasAnyRole(WAREHOUSE_READERS)
                .requestMatchers("/fulfilment/**", "/shipments/**", "/api/v1/shipments/**")
                .hasAnyRole(WAREHOUSE_WRITERS);
    }

    private static final Set<Role> SALES = Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN);
    private static final Set<Role> WAREHOUSE = Set.of(Role.WAREHOUSE, Role.MANAGER, Role.ADMIN);

    @Bean
    NavigationItem quotationsNavigation() {
        return new NavigationItem("quotations", "nav.quotations", "/quotations", SALES, 140);
    }

    @Bean
    NavigationItem ordersNavigation() {
        return new NavigationItem("orders", "nav.orders", "/orders", SALES, 150);
    }

    @Bean
    NavigationItem fulfilmentNavigation() {
        return new NavigationItem("fulfilment", "nav.fulfilment", "/fulfilment", WAREHOUSE, 220);
    }

    @Bean
    NavigationItem shipmentsNavigation() {
        return new NavigationItem("shipments", "nav.shipments", "/shipments", WAREHOUSE, 230);
    }
}
