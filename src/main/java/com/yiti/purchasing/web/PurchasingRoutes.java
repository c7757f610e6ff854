package com.yiti.purchasing.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Purchasing: PURCHASING and ADMIN buy, MANAGER reads. WAREHOUSE opens purchase orders (without prices) and
 * receives goods against them; WAREHOUSE and PURCHASING send goods back to the supplier.
 */
@Configuration(proxyBeanMethods = false)
class PurchasingRoutes {

    @Bean
    RouteAuthorization purchasingRouteAuthorization() {
        return routes -> routes.requestMatchers(
                        HttpMethod.POST, "/purchasing/orders/*/receive", "/api/v1/purchase-orders/*/receipts")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                // returns to the supplier: the warehouse sends the goods, purchasing decides it
                .requestMatchers(HttpMethod.POST, "/purchasing/orders/*/return", "/api/v1/purchase-orders/*/returns")
                .hasAnyRole("WAREHOUSE", "PURCHASING", "ADMIN")
                .requestMatchers(
                        HttpMethod.GET, "/purchasing/orders", "/purchasing/orders/*", "/api/v1/purchase-orders/**")
                .hasAnyRole("PURCHASING", "WAREHOUSE", "MANAGER", "ADMIN", "FINANCE")
                // forms that only lead to a change: refused to readers, not only their post
                .requestMatchers("/suppliers/new", "/suppliers/*/edit")
                .hasAnyRole("PURCHASING", "ADMIN")
                .requestMatchers(
                        HttpMethod.GET,
                        "/purchasing/**",
                        "/suppliers/**",
                        "/api/v1/suppliers/**",
                        "/api/v1/requisitions/**")
                .hasAnyRole("PURCHASING", "MANAGER", "ADMIN")
                .requestMatchers(
                        "/purchasing/**", "/suppliers/**", "/api/v1/purchase-orders/**", "/api/v1/suppliers/**")
                .hasAnyRole("PURCHASING", "ADMIN");
    }

    @Bean
    NavigationItem purchasingNavigation() {
        return new NavigationItem(
                "purchasing", "nav.purchasing", "/purchasing", Set.of(Role.PURCHASING, Role.MANAGER, Role.ADMIN), 250);
    }

    @Bean
    NavigationItem receivingNavigation() {
        return new NavigationItem(
                "receiving", "nav.receiving", "/purchasing/orders?receivable=true", Set.of(Role.WAREHOUSE), 225);
    }
}
