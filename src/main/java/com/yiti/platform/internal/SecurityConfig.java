package com.yiti.platform.internal;

import com.yiti.platform.Role;
import com.yiti.platform.RouteAuthorization;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. {@code /api/**}: personal API keys as bearer tokens (no CSRF for them), or the browser session
 * (then CSRF applies); errors as problem+json. Everything else: form login, CSRF, security headers. Both apply the
 * same per-module {@link RouteAuthorization} rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No page needs a camera, microphone, location, payment or USB: the browser offers them to none. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

    /**
     * No observation per security filter, authentication and authorization (issue 22: the wrappers around each of the
     * chain's filters were 7.9% of the request threads' samples under placement load, recorded to a registry nobody
     * reads). The request itself is still observed once ({@code http.server.requests}).
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    RouteAuthorization platformRoutes() {
        return routes -> routes.requestMatchers("/admin/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/admin/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/actuator/prometheus")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/clients", "/api/v1/clients/**")
                .hasRole(Role.ADMIN.name())
                // the organisation: read by everyone signed in, changed by ADMIN (DepartmentManagement checks too)
                .requestMatchers(
                        org.springframework.http.HttpMethod.GET, "/api/v1/departments", "/api/v1/departments/**")
                .authenticated()
                .requestMatchers("/api/v1/departments", "/api/v1/departments/**")
                .hasRole(Role.ADMIN.name());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            List<RouteAuthorization> modules,
            ApiKeyIntrospector introspector,
            SecurityLog log,
            java.time.Clock clock)
            throws Exception {
        // the API, and the metrics a Prometheus server scrapes with an API key
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(routes -> applyModuleRules(routes, modules))
                .oauth2ResourceServer(rs -> rs.opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(SecurityConfig::apiUnauthorized)
                        .accessDeniedHandler(apiForbidden(log)))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::apiUnauthorized)
                        .accessDeniedHandler(apiForbidden(log)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterBefore(
                        new SecondFactorSignIn.Gate(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterBefore(
                        new ApiClientGate(clock),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            List<RouteAuthorization> modules,
            LoginThrottle throttle,
            SecurityLog log,
            SecondFactor secondFactor,
            com.yiti.platform.PublicLinks links,
            java.time.Clock clock)
            throws Exception {
        java.net.URI base = java.net.URI.create(links.base());
        PasskeyCeremonies ceremonies = new PasskeyCeremonies(clock);
        String origin = base.getScheme() + "://" + base.getAuthority();
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // Only whole pages are worth returning to after sign-in; never an htmx fragment.
        requestCache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(HTMX)));

        http.authorizeHttpRequests(routes -> {
                    routes.requestMatchers(
                                    "/login",
                                    "/login/second-factor",
                                    "/password-reset/*",
                                    "/language",
                                    "/css/**",
                                    "/js/**",
                                    "/images/**",
                                    "/webjars/**",
                                    "/favicon.ico",
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/error")
                            .permitAll();
                    applyModuleRules(routes, modules);
                })
                .formLogin(form -> form.loginPage("/login").successHandler((request, response, authentication) -> {
                    rememberDevice(request);
                    switch (secondFactor.atSignIn(authentication.getName())) {
                        case CODE -> {
                            SecondFactorSignIn.hold(request, response, authentication);
                            response.sendRedirect(request.getContextPath() + SecondFactorSignIn.FORM);
                            return;
                        }
                        case ENROL_NOW ->
                            request.getSession().setAttribute(SecondFactorSignIn.MUST_ENROL, Boolean.TRUE);
                        case ENROL_SOON ->
                            request.getSession()
                                    .setAttribute(
                                            SecondFactorSignIn.ENROL_BY,
                                            secondFactor
                                                    .status(authentication.getName())
                                                    .due());
                        case NONE -> {
                            // the password alone
                        }
                    }
                    afterLogin(request, response, authentication, returnTo(requestCache));
                }))
                .addFilterBefore(
                        new SecondFactorSignIn.Gate(),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // passkeys: registration on /profile/second-factor, sign-in from the login and code pages (our own
                // pages and script, so the CSP stays strict); relying party = the configured base URL's host
                .webAuthn(webAuthn -> webAuthn.rpName("Yiti")
                        .rpId(base.getHost())
                        .allowedOrigins(java.util.Set.of(origin))
                        .disableDefaultRegistrationPage(true)
                        .creationOptionsRepository(ceremonies.creations()))
                .addFilterBefore(
                        passkeyRegistrationLog(log),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new LoginThrottleFilter(throttle, log),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                log.record(SecurityEventType.SIGN_OUT, authentication.getName(), null);
                            }
                        }))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(webEntryPoint()).accessDeniedHandler(new ExpiredSessionHandler(log)))
                .headers(SecurityConfig::headers);
        var chain = http.build();
        // the passkey sign-in's challenge: not in the (database) session, see PasskeyCeremonies
        chain.getFilters().forEach(filter -> {
            if (filter
                    instanceof
                    org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter f) {
                f.setRequestOptionsRepository(ceremonies.requests());
            } else if (filter
                    instanceof
                    org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter
                            f) {
                f.setRequestOptionsRepository(ceremonies.requests());
            }
        });
        return chain;
    }

    /**
     * CSP without inline script or style, no framing, no referrer beyond this origin, no powerful features; HSTS
     * (a year, subdomains) on every request that arrived over TLS, directly or through the trusted proxy.
     */
    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * Passkey events that Spring Security's filters answer themselves: a registration and a sign-in go to the
     * security log (and a sign-in's device to the devices list).
     */
    private static jakarta.servlet.Filter passkeyRegistrationLog(SecurityLog log) {
        return new org.springframework.web.filter.OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(
                    HttpServletRequest request, HttpServletResponse response, jakarta.servlet.FilterChain chain)
                    throws jakarta.servlet.ServletException, IOException {
                chain.doFilter(request, response);
                if (!"POST".equals(request.getMethod()) || response.getStatus() != HttpServletResponse.SC_OK) {
                    return;
                }
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                boolean registered = path.equals("/webauthn/register");
                boolean signedIn = path.equals("/login/webauthn");
                if (!registered && !signedIn) {
                    return;
                }
                var session = request.getSession(false);
                Object context = session == null
                        ? null
                        : session.getAttribute(
                                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                                        .SPRING_SECURITY_CONTEXT_KEY);
                var auth = context instanceof org.springframework.security.core.context.SecurityContext c
                        ? c.getAuthentication()
                        : null;
                if (registered) {
                    log.record(
                            SecurityEventType.SECOND_FACTOR_ENROLLED, auth == null ? null : auth.getName(), "passkey");
                } else if (auth
                        instanceof org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication) {
                    log.record(SecurityEventType.SIGN_IN, auth.getName(), "passkey");
                    rememberDevice(request);
                }
            }
        };
    }

    @Bean
    org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(
            org.springframework.jdbc.core.JdbcOperations jdbc) {
        return new org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository(
                jdbc);
    }

    @Bean
    org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository passkeyCredentials(
            org.springframework.jdbc.core.JdbcOperations jdbc) {
        return new org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository(jdbc);
    }

    private static void applyModuleRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes,
            List<RouteAuthorization> modules) {
        modules.forEach(m -> m.configure(routes));
        routes.anyRequest().authenticated();
    }

    /**
     * After signing in: back to the page whose form met an expired session, else to the page that asked for the
     * sign-in, else home.
     */
    private static void afterLogin(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.core.Authentication authentication,
            org.springframework.security.web.authentication.AuthenticationSuccessHandler otherwise)
            throws IOException, jakarta.servlet.ServletException {
        var session = request.getSession(false);
        Object page = session == null ? null : session.getAttribute(ExpiredSessionHandler.AFTER_LOGIN);
        if (page instanceof String path) {
            session.removeAttribute(ExpiredSessionHandler.AFTER_LOGIN);
            response.sendRedirect(path);
            return;
        }
        otherwise.onAuthenticationSuccess(request, response, authentication);
    }

    /** What the signed-in devices list shows of this session: the browser and the address it signed in from. */
    static void rememberDevice(HttpServletRequest request) {
        var session = request.getSession();
        String agent = request.getHeader("User-Agent");
        session.setAttribute(
                SignedInSessions.USER_AGENT, agent == null ? null : agent.substring(0, Math.min(agent.length(), 200)));
        session.setAttribute(SignedInSessions.ADDRESS, request.getRemoteAddr());
    }

    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler returnTo(
            HttpSessionRequestCache requestCache) {
        var saved = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        saved.setRequestCache(requestCache);
        saved.setDefaultTargetUrl("/");
        return saved;
    }

    /** Pages go to the login page; htmx requests are told to load it as a whole page. */
    private static AuthenticationEntryPoint webEntryPoint() {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(HTMX, SecurityConfig::htmxToLogin);
        var delegating = new DelegatingAuthenticationEntryPoint(entryPoints);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return delegating;
    }

    /** An htmx request on an expired session: tell htmx to load the login page as a whole page. */
    static void htmxToLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    static void apiUnauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean invalidToken = e instanceof OAuth2AuthenticationException;
        response.setHeader(
                "WWW-Authenticate", invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"yiti\"");
        Problems.write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Unauthorized",
                invalidToken
                        ? "The API key is not valid."
                        : "Send a personal API key as 'Authorization: Bearer <key>'.",
                invalidToken ? "auth.invalidKey" : "auth.required");
    }

    private static AccessDeniedHandler apiForbidden(SecurityLog log) {
        return (request, response, e) -> {
            log.record(
                    e instanceof org.springframework.security.web.csrf.CsrfException
                            ? SecurityEventType.CSRF_REFUSED
                            : SecurityEventType.ACCESS_DENIED,
                    SecurityAuditor.currentUsername(),
                    request.getMethod() + " " + request.getRequestURI());
            Problems.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    "Your roles do not allow this.",
                    "auth.forbidden");
        };
    }
}
