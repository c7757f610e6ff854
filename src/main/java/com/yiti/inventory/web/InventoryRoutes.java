package com.yiti.inventory.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Products: every signed-in user reads them (prices only where the role may see them), ADMIN and PURCHASING keep
 * them. Stock: the operations roles, sales (availability) and managers read; WAREHOUSE and ADMIN adjust.
 */
@Configuration(proxyBeanMethods = false)
class InventoryRoutes {

    private static final String[] STOCK_READERS = {
        "WAREHOUSE", "PRODUCTION", "PURCHASING", "SALES_REP", "SALES_MANAGER", "MANAGER", "ADMIN"
    };

    @Bean
    RouteAuthorization inventoryRouteAuthorization() {
        return routes -> routes.requestMatchers("/products/new")
                .hasAnyRole("ADMIN", "PURCHASING")
                .requestMatchers("/stock/adjust")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/products/**", "/api/v1/products/**")
                .authenticated()
                .requestMatchers("/products/**", "/api/v1/products/**")
                .hasAnyRole("ADMIN", "PURCHASING")
                .requestMatchers(HttpMethod.GET, "/stock/**", "/api/v1/stock/**")
                .hasAnyRole(STOCK_READERS)
                .requestMatchers("/stock/**", "/api/v1/stock/**")
                .hasAnyRole("WAREHOUSE", "ADMIN");
    }

    @Bean
    NavigationItem productsNavigation() {
        return new NavigationItem("products", "nav.products", "/products", Set.of(), 200);
    }

    @Bean
    NavigationItem stockNavigation() {
        return new NavigationItem(
                "stock",
                "nav.stock",
                "/stock",
                Set.of(
                        Role.WAREHOUSE,
                        Role.PRODUCTION,
                        Role.PURCHASING,
                        Role.SALES_REP,
                        Role.SALES_MANAGER,
                        Role.MANAGER,
                        Role.ADMIN),
                210);
    }
}
