package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@YitiTest
class SecurityTests {

    static final List<String> DEMO_USERS = List.of(
            "admin",
            "manager",
            "salesmgr",
            "sales1",
            "sales2",
            "sales3",
            "warehouse",
            "production",
            "purchasing",
            "finance",
            "service");

    /** Pages and their roles; an empty set means every signed-in user. */
    static final List<Route> ROUTES = List.of(
            new Route("/", Set.of()),
            new Route("/profile", Set.of()),
            new Route("/swagger-ui/index.html", Set.of()),
            new Route("/v3/api-docs", Set.of()),
            new Route("/admin/users", Set.of(Role.ADMIN)),
            new Route("/admin/users/new", Set.of(Role.ADMIN)),
            new Route("/admin/users/1", Set.of(Role.ADMIN)),
            new Route("/admin/users/1/history", Set.of(Role.ADMIN)),
            new Route("/admin/departments", Set.of(Role.ADMIN)));

    record Route(String path, Set<Role> roles) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/profile",
                "/admin/users",
                "/admin/departments",
                "/swagger-ui/index.html",
                "/v3/api-docs",
                "/tasks/1/done"
            })
    void everyPageNeedsSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/css/app.css",
                "/js/app.js",
                "/images/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/bootstrap/dist/css/bootstrap.min.css",
                "/webjars/echarts/dist/echarts.min.js",
                "/js/dashboard.js",
                "/css/print.css",
                "/actuator/health"
            })
    void loginPageStaticAssetsAndHealthArePublic(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void staticFilesAreCachedAndAnythingElseIsNoFile() throws Exception {
        mvc.perform(get("/css/app.css"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=3600")));
        // files are served from their folders only, not from any path: a page's links are never looked up as files
        mvc.perform(get("/messages.properties").with(users.as("admin"))).andExpect(status().isNotFound());
        assertThat(resourceUrls.getHandlerMap().keySet())
                .extracting(Object::toString)
                .contains("/css/**", "/js/**", "/images/**", "/webjars/**")
                .doesNotContain("/**");
    }

    @Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    @Test
    void actuatorShowsNothingButHealth() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    static Stream<Arguments> userAndRoute() {
        return DEMO_USERS.stream().flatMap(u -> ROUTES.stream().map(r -> Arguments.of(u, r)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("userAndRoute")
    void eachRoleOpensOnlyItsModules(String username, Route route) throws Exception {
        Set<Role> roles = directory.findByUsername(username).orElseThrow().roles();
        boolean allowed = route.roles().isEmpty() || route.roles().stream().anyMatch(roles::contains);
        var result = mvc.perform(get(route.path()).with(users.as(username)));
        if (allowed) {
            result.andExpect(status().isOk());
        } else {
            result.andExpect(status().isForbidden());
        }
    }

    @Test
    void adminWritesAreForbiddenToOtherRoles() throws Exception {
        mvc.perform(post("/admin/users/1/reset-password")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("username", "intruder")
                        .param("displayName", "Intruder")
                        .param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(directory.findByUsername("intruder")).isEmpty();
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/profile/api-keys").with(users.as("sales1")).param("name", "no csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/language").param("lang", "zh-CN")).andExpect(status().isForbidden());
    }

    @Test
    void loginRotatesTheSessionId() throws Exception {
        jakarta.servlet.http.Cookie before =
                mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before)
                .as("the login page's session (it holds the CSRF token)")
                .isNotNull();
        MvcResult result = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("username", "sales1")
                        .param("password", "demo123"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        jakarta.servlet.http.Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    /** The session cookie a browser holds after a response. */
    static jakarta.servlet.http.Cookie sessionAfter(MvcResult result, jakarta.servlet.http.Cookie current) {
        jakarta.servlet.http.Cookie set = result.getResponse().getCookie("SESSION");
        return set == null ? current : set;
    }

    @Test
    void failedSignInsLockTheAccountAndAllFailuresLookAlike() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        for (int i = 0; i < 5; i++) {
            login(user.username(), "wrong-password").andExpect(redirectedUrl("/login?error"));
        }
        // Slowed down: from this address even the right password waits, answered before it is checked...
        login(user.username(), user.password()).andExpect(redirectedUrl("/login?throttled"));
        // ...exactly as for a username that does not exist
        for (int i = 0; i < 5; i++) {
            login("no-such-user", "whatever").andExpect(redirectedUrl("/login?error"));
        }
        login("no-such-user", "whatever").andExpect(redirectedUrl("/login?throttled"));
        // the owner of the account, signing in from elsewhere, is not locked out
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("10.78.1.1"))
                        .param("username", user.username())
                        .param("password", user.password()))
                .andExpect(redirectedUrl("/"));

        String lockedPage = loginErrorPage(user.username(), "another-wrong-password");
        String unknownPage = loginErrorPage("no-such-user", "whatever");
        var other = users.create(EnumSet.of(Role.SALES_REP));
        String wrongPasswordPage = loginErrorPage(other.username(), "wrong-password");
        assertThat(lockedPage).isEqualTo(unknownPage).isEqualTo(wrongPasswordPage);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        for (int i = 0; i < 4; i++) {
            login(user.username(), "wrong-password").andExpect(redirectedUrl("/login?error"));
        }
        login(user.username(), user.password()).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            login(user.username(), "wrong-password").andExpect(redirectedUrl("/login?error"));
        }
        login(user.username(), user.password()).andExpect(redirectedUrl("/"));
    }

    @Test
    void disabledUsersCannotSignIn() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        mvc.perform(post("/admin/users/" + user.id() + "/enabled")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        login(user.username(), user.password()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void htmxRequestOnExpiredSessionLoadsTheLoginPageWhole() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void htmxFragmentIsNotRememberedAsThePageToReturnTo() throws Exception {
        jakarta.servlet.http.Cookie session =
                sessionAfter(mvc.perform(get("/login")).andReturn(), null);
        session = sessionAfter(
                mvc.perform(get("/admin/users").cookie(session).header("HX-Request", "true"))
                        .andReturn(),
                session);
        mvc.perform(post("/login")
                        .cookie(session)
                        .with(csrf())
                        .param("username", "admin")
                        .param("password", "demo123"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void securityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'");
        String scriptSrc = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String styleSrc = csp.substring(csp.indexOf("style-src"), csp.indexOf(';', csp.indexOf("style-src")));
        assertThat(styleSrc).isEqualTo("style-src 'self'");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("Permissions-Policy"))
                .contains("camera=()")
                .contains("geolocation=()");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security"))
                .as("plain HTTP (tests, the embedded default): no HSTS")
                .isNull();
        MvcResult overTls =
                mvc.perform(get("https://yiti.example.cn/login").secure(true)).andReturn();
        assertThat(overTls.getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void noTemplateCarriesAnInlineStyle() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var template : resolver.getResources("classpath*:templates/**/*.html")) {
            // printed documents are rendered to PDF on the server, never served as pages: CSP does not apply
            if (template.getURI().toString().contains("/templates/print/")) {
                continue;
            }
            String html = template.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html)
                    .as(template.getFilename())
                    .doesNotContainPattern("\\sstyle=\"")
                    .doesNotContain("th:style")
                    .doesNotContain("<style");
        }
    }

    @Test
    void templatesContainNoInlineScript() throws Exception {
        for (String path : List.of("/", "/profile", "/admin/users", "/admin/users/1", "/admin/departments")) {
            String html = mvc.perform(get(path).with(users.as("admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(html).doesNotContainPattern("\\son[a-z]+=\"");
        }
    }

    /** Each test signs in from an address of its own: the per-address back-off of one test never meets another. */
    private final String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    private org.springframework.test.web.servlet.request.RequestPostProcessor from(String remoteAddress) {
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        };
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password)
            throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(from(address))
                .param("username", username)
                .param("password", password));
    }

    private String loginErrorPage(String username, String password) throws Exception {
        jakarta.servlet.http.Cookie session =
                sessionAfter(mvc.perform(get("/login")).andReturn(), null);
        session = sessionAfter(
                mvc.perform(post("/login")
                                .cookie(session)
                                .with(csrf())
                                .with(from("10.79." + (int) (Math.random() * 250) + ".1"))
                                .param("username", username)
                                .param("password", password))
                        .andReturn(),
                session);
        return mvc.perform(get("/login?error").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("content=\"[A-Za-z0-9_-]{40,}\"", "");
    }

    @Test
    void apiNeedsAKey() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }
}
