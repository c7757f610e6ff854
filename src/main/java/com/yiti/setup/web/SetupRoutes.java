package com.yiti.setup.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import com.yiti.platform.SetupStep;
import com.yiti.setup.CompanySetup;
import com.yiti.setup.PaymentTermManagement;
import com.yiti.setup.TaxRateManagement;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Company profile and reference data: every signed-in user reads them (documents print the company, forms offer
 * the rates and terms); ADMIN changes them (the /admin pages are ADMIN's by the platform's rule).
 */
@Configuration(proxyBeanMethods = false)
class SetupRoutes {

    private static final String[] API = {"/api/v1/company", "/api/v1/tax-rates/**", "/api/v1/payment-terms/**"};

    @Bean
    RouteAuthorization setupRouteAuthorization() {
        return routes -> routes.requestMatchers(HttpMethod.GET, API)
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/company/images/**")
                .authenticated()
                .requestMatchers(API)
                .hasRole(Role.ADMIN.name());
    }

    @Bean
    NavigationItem setupNavigation() {
        return new NavigationItem("setup", "nav.setup", "/admin/setup", Set.of(Role.ADMIN), 905);
    }

    @Bean
    SetupStep companyStep(CompanySetup company) {
        return new SetupStep(
                "company",
                10,
                "setup.step.company",
                "setup.hint.company",
                "/admin/company",
                () -> company.profile().configured());
    }

    @Bean
    SetupStep taxRatesStep(TaxRateManagement rates) {
        return new SetupStep(
                "tax-rates",
                30,
                "setup.step.taxRates",
                "setup.hint.taxRates",
                "/admin/tax-rates",
                () -> !rates.active().isEmpty());
    }

    @Bean
    SetupStep paymentTermsStep(PaymentTermManagement terms) {
        return new SetupStep(
                "payment-terms",
                40,
                "setup.step.paymentTerms",
                "setup.hint.paymentTerms",
                "/admin/payment-terms",
                () -> !terms.active().isEmpty());
    }
}
