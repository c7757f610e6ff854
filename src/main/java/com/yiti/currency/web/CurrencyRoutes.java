package com.yiti.currency.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Exchange rates: everyone signed in reads them through the API (a quotation in USD shows its rate); the page is
 * finance's (FINANCE, MANAGER, ADMIN read); only FINANCE changes them. Applied before finance's rules for /finance/**.
 */
@Configuration(proxyBeanMethods = false)
class CurrencyRoutes {

    @Bean
    @Order(-1)
    RouteAuthorization currencyRouteAuthorization() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/exchange-rates/**")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/finance/exchange-rates")
                .hasAnyRole("FINANCE", "MANAGER", "ADMIN")
                .requestMatchers("/finance/exchange-rates/**", "/api/v1/exchange-rates/**")
                .hasRole("FINANCE");
    }
}
