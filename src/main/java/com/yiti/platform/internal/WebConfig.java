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

    /**
     * The one problem shape of every API error in the OpenAPI document: a {@code Problem} schema (RFC 9457 with
     * {@code code} and {@code errors}) and, on every operation, the error answers a client must handle.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer problemAnswers() {
        return openApi -> {
            var error = new io.swagger.v3.oas.models.media.ObjectSchema()
                    .addProperty("field", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("code", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("message", new io.swagger.v3.oas.models.media.StringSchema());
            var problem = new io.swagger.v3.oas.models.media.ObjectSchema()
                    .description("RFC 9457 problem details; code is machine-readable, errors names the fields at fault")
                    .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                    .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("code", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas("Problem", problem);
            var content = new io.swagger.v3.oas.models.media.Content()
                    .addMediaType(
                            "application/problem+json",
                            new io.swagger.v3.oas.models.media.MediaType()
                                    .schema(new io.swagger.v3.oas.models.media.Schema<>()
                                            .$ref("#/components/schemas/Problem")));
            java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
            answers.put("400", "Invalid input: fields out of range or malformed (errors per field)");
            answers.put("401", "No valid API key");
            answers.put("403", "The key's roles do not allow this");
            answers.put("404", "No such record, or outside the caller's scope");
            answers.put("409", "Changed by someone else (send the version last read), or a key still in use");
            answers.put("422", "A business rule refused it (code), or an Idempotency-Key reused for another request");
            answers.put("500", "Unforeseen; nothing was changed");
            if (openApi.getPaths() != null) {
                openApi.getPaths()
                        .values()
                        .forEach(path -> path.readOperations()
                                .forEach(op -> answers.forEach((status, text) -> {
                                    if (op.getResponses() != null
                                            && !op.getResponses().containsKey(status)) {
                                        op.getResponses()
                                                .addApiResponse(
                                                        status,
                                                        new io.swagger.v3.oas.models.responses.ApiResponse()
                                                                .description(text)
                                                                .content(content));
                                    }
                                })));
            }
        };
    }
}
