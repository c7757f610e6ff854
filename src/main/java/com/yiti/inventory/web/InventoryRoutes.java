package com.yiti.inventory.web;

import com.yiti.inventory.InventorySetup;
import com.yiti.inventory.UnitsOfMeasure;
import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import com.yiti.platform.SetupStep;
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
                .requestMatchers("/stock/adjust", "/stock/transfers/new")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                // bins: the warehouse keeps them, managers read them
                .requestMatchers(HttpMethod.GET, "/stock/bins", "/api/v1/bins", "/api/v1/bins/**")
                .hasAnyRole("WAREHOUSE", "ADMIN", "MANAGER")
                .requestMatchers("/stock/bins", "/stock/bins/**", "/api/v1/bins", "/api/v1/bins/**")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                // transfers: the warehouse moves them, those who plan supply read them
                .requestMatchers(HttpMethod.GET, "/stock/transfers", "/stock/transfers/*", "/api/v1/transfers/**")
                .hasAnyRole("WAREHOUSE", "ADMIN", "MANAGER", "PURCHASING", "PRODUCTION")
                .requestMatchers("/stock/transfers/**", "/api/v1/transfers/**")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                // stocktakes: the warehouse counts, ADMIN posts, MANAGER and FINANCE read the review
                .requestMatchers(
                        HttpMethod.POST,
                        "/stock/stocktakes/*/post",
                        "/stock/stocktakes/*/cancel",
                        "/api/v1/stocktakes/*/post",
                        "/api/v1/stocktakes/*/cancel")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/stock/stocktakes", "/stock/stocktakes/**", "/api/v1/stocktakes/**")
                .hasAnyRole("WAREHOUSE", "ADMIN", "MANAGER", "FINANCE")
                .requestMatchers("/stock/stocktakes/**", "/stock/stocktakes", "/api/v1/stocktakes/**")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/products/**", "/api/v1/products/**")
                .authenticated()
                .requestMatchers("/products/**", "/api/v1/products/**")
                .hasAnyRole("ADMIN", "PURCHASING")
                .requestMatchers(HttpMethod.GET, "/stock/**", "/api/v1/stock/**")
                .hasAnyRole(STOCK_READERS)
                .requestMatchers("/stock/**", "/api/v1/stock/**")
                .hasAnyRole("WAREHOUSE", "ADMIN")
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/warehouses/**",
                        "/api/v1/units/**",
                        "/api/v1/unit-conversions/**",
                        "/api/v1/product-categories/**")
                .authenticated()
                .requestMatchers(
                        "/api/v1/warehouses/**",
                        "/api/v1/units/**",
                        "/api/v1/unit-conversions/**",
                        "/api/v1/product-categories/**")
                .hasRole("ADMIN");
    }

    // ---- the first-run checklist: where a blank installation still needs inventory's reference data ----

    @Bean
    SetupStep warehousesStep(InventorySetup warehouses) {
        return new SetupStep(
                "warehouses",
                20,
                "setup.step.warehouses",
                "setup.hint.warehouses",
                "/admin/warehouses",
                () -> warehouses.all().stream().anyMatch(w -> w.active() && !w.quarantine()));
    }

    @Bean
    SetupStep unitsStep(UnitsOfMeasure units) {
        return new SetupStep(
                "units",
                35,
                "setup.step.units",
                "setup.hint.units",
                "/admin/units",
                () -> !units.active().isEmpty());
    }

    @Bean
    SetupStep productsStep(InventorySetup inventory) {
        return new SetupStep(
                "products", 60, "setup.step.products", "setup.hint.products", "/products/new", inventory::hasProducts);
    }

    @Bean
    SetupStep openingStockStep(InventorySetup inventory) {
        return new SetupStep(
                "opening-stock",
                80,
                "setup.step.openingStock",
                "setup.hint.openingStock",
                "/stock/adjust",
                inventory::hasStockMoves);
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
