package com.yiti.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    static final String LANGUAGE_COOKIE = "yiti-lang";

    /**
     * The UI language: the cookie set by the language switcher (and at sign-in from the user's saved choice); on a
     * first visit, the browser's preference.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> Languages.bestMatch(request.getLocales()));
        return resolver;
    }

    @Bean
    OpenAPI yitiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Yiti API")
                        .version("v1")
                        .description("CRM + ERP. Authenticate with a personal API key (profile page) sent as "
                                + "'Authorization: Bearer <key>'. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
