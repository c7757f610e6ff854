package com.yiti.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.yiti.platform.Role;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The second factor (ASVS 6.3) as a user meets it: enrolment with a QR code and a first code, ten recovery codes
 * shown once, the code step at sign-in (each code once, ±1 step), throttled wrong codes, required for ADMIN and
 * FINANCE after the grace period, an administrator's reset, API keys only from a session that passed it.
 */
@YitiTest
class SecondFactorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityLog log;

    @Autowired
    SecondFactor secondFactor;

    /** A browser: keeps its session cookie across requests. */
    final class Browser {
        Cookie session;
        final String address = "10.90." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

        MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            MvcResult result = mvc.perform(request).andReturn();
            Cookie set = result.getResponse().getCookie("SESSION");
            if (set != null) {
                session = set;
            }
            return result;
        }

        String go(String path) throws Exception {
            MvcResult r = perform(get(path));
            return r.getResponse().getRedirectedUrl() != null
                    ? "-> " + r.getResponse().getRedirectedUrl()
                    : r.getResponse().getContentAsString();
        }

        String post(String path, String... params) throws Exception {
            MockHttpServletRequestBuilder request =
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                            .with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return perform(request).getResponse().getRedirectedUrl();
        }

        String signIn(String username, String password) throws Exception {
            go("/login");
            return post("/login", "username", username, "password", password);
        }
    }

    private static String now(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }

    @Test
    void theCodesAreRfc6238s() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(secret, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.verify(secret, "081804", Instant.ofEpochSecond(1111111109L + 30), 0))
                .as("one step late is accepted")
                .isPresent();
        assertThat(Totp.verify(secret, "081804", Instant.ofEpochSecond(1111111109L + 65), 0))
                .as("two steps late is not")
                .isEmpty();
        assertThat(Totp.verify(secret, "081804", Instant.ofEpochSecond(1111111109L), 1111111109L / 30))
                .as("a step already used is not")
                .isEmpty();
    }

    @Test
    void aUserEnrolsSignsInWithTheCodeOnceAndWithARecoveryCodeOnce() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Browser browser = new Browser();
        assertThat(browser.signIn(user.username(), user.password())).isEqualTo("/");

        browser.post("/profile/second-factor/start");
        String page = browser.go("/profile/second-factor");
        assertThat(page).contains("id=\"second-factor-qr\"").contains("src=\"data:image/png;base64,");
        Matcher m = Pattern.compile("id=\"second-factor-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);

        browser.post("/profile/second-factor/confirm", "code", "000000");
        assertThat(browser.go("/profile/second-factor")).contains("id=\"flash-error\"");
        String first = now(secret, 0);
        browser.post("/profile/second-factor/confirm", "code", first);
        String enrolled = browser.go("/profile/second-factor");
        Matcher codes = Pattern.compile("<li>([A-Z2-7]{5}-[A-Z2-7]{5})</li>").matcher(enrolled);
        List<String> recovery = codes.results().map(r -> r.group(1)).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.go("/profile/second-factor"))
                .as("shown once")
                .doesNotContain(recovery.get(0))
                .contains("id=\"second-factor-enrolled\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plt_recovery_code where code_hash = ?",
                        Integer.class,
                        recovery.get(0).replace("-", "")))
                .as("stored hashed")
                .isZero();

        // a new sign-in: the password alone opens nothing
        Browser phone = new Browser();
        assertThat(phone.signIn(user.username(), user.password())).isEqualTo("/login/second-factor");
        assertThat(phone.go("/customers")).isEqualTo("-> /login/second-factor");
        assertThat(phone.go("/api/v1/me")).isEmpty();
        assertThat(phone.post("/login/second-factor", "code", first))
                .as("the enrolment's code was used already")
                .isEqualTo("/login/second-factor?error");
        String next = now(secret, 1);
        assertThat(phone.post("/login/second-factor", "code", next)).isEqualTo("/");
        assertThat(phone.go("/customers")).contains("<h1");

        Browser replay = new Browser();
        replay.signIn(user.username(), user.password());
        assertThat(replay.post("/login/second-factor", "code", next))
                .as("each code once")
                .isEqualTo("/login/second-factor?error");
        assertThat(replay.post("/login/second-factor", "code", recovery.get(3).toLowerCase()))
                .isEqualTo("/");

        Browser again = new Browser();
        again.signIn(user.username(), user.password());
        assertThat(again.post("/login/second-factor", "code", recovery.get(3)))
                .as("a recovery code is spent")
                .isEqualTo("/login/second-factor?error");
        assertThat(events(SecurityEventType.SECOND_FACTOR_RECOVERY_USED, user.username()))
                .hasSize(1);
    }

    @Test
    void wrongCodesAreThrottled() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        enrol(user.username());
        Browser browser = new Browser();
        browser.signIn(user.username(), user.password());
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/login/second-factor", "code", "000000")).isEqualTo("/login/second-factor?error");
        }
        assertThat(browser.post("/login/second-factor", "code", "000000")).isEqualTo("/login/second-factor?throttled");
    }

    @Test
    void financeMustEnrolOnceTheGracePeriodIsOver() throws Exception {
        var user = users.create(EnumSet.of(Role.FINANCE));
        Browser browser = new Browser();
        browser.signIn(user.username(), user.password());
        assertThat(browser.go("/finance/invoices")).contains("id=\"enrol-soon\"");

        jdbc.update(
                "update plt_user set second_factor_due = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(2))),
                user.id());
        Browser later = new Browser();
        later.signIn(user.username(), user.password());
        assertThat(later.go("/finance/invoices")).isEqualTo("-> /profile/second-factor?required");
        assertThat(later.go("/profile/second-factor?required")).contains("id=\"second-factor-required\"");
    }

    @Test
    void apiKeysAreIssuedOnlyToASessionThatPassedTheSecondFactor() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Browser browser = new Browser();
        browser.signIn(user.username(), user.password());
        browser.post("/profile/api-keys", "name", "ERP link");
        assertThat(jdbc.queryForObject("select count(*) from plt_api_key where user_id = ?", Integer.class, user.id()))
                .isZero();
        String secret = enrol(user.username());
        Browser twoFactor = new Browser();
        twoFactor.signIn(user.username(), user.password());
        twoFactor.post("/login/second-factor", "code", now(secret, 1));
        twoFactor.post("/profile/api-keys", "name", "ERP link");
        assertThat(jdbc.queryForObject("select count(*) from plt_api_key where user_id = ?", Integer.class, user.id()))
                .isEqualTo(1);
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndTheUserIsToldAndSignedOut() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        String secret = enrol(user.username());
        Browser browser = new Browser();
        browser.signIn(user.username(), user.password());
        browser.post("/login/second-factor", "code", now(secret, 1));
        assertThat(browser.go("/customers")).contains("<h1");

        assertThat(mvc.perform(get("/admin/users/" + user.id()).with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"user-reset-second-factor\"");
        assertThat(mvc.perform(post("/admin/users/" + user.id() + "/second-factor/reset")
                                .with(users.as("manager"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(post("/admin/users/" + user.id() + "/second-factor/reset")
                .with(users.as("admin"))
                .with(csrf()));
        assertThat(browser.go("/customers")).isEqualTo("-> /login");
        Browser after = new Browser();
        assertThat(after.signIn(user.username(), user.password())).isEqualTo("/");
        assertThat(after.go("/")).contains("set it up again");
        assertThat(events(SecurityEventType.SECOND_FACTOR_RESET, user.username()))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("by admin"));
    }

    @Test
    void theSecureAdminDemoUserAsksForItsCode() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn("secure-admin", "demo123")).isEqualTo("/login/second-factor");
        assertThat(browser.post("/login/second-factor", "code", now(DemoData.SECURE_ADMIN_TOTP_SECRET, 1)))
                .isEqualTo("/");
        assertThat(browser.go("/admin/users")).contains("id=\"user-table\"");
        Browser demo = new Browser();
        assertThat(demo.signIn("admin", "demo123"))
                .as("the other demo users: password alone")
                .isEqualTo("/");
    }

    private String enrol(String username) {
        String secret = Totp.newSecret();
        users.runAs(username, () -> secondFactor.confirmEnrolment(username, secret, now(secret, -1)));
        return secret;
    }

    private List<SecurityLog.Event> events(SecurityEventType type, String username) {
        return users.runAs("admin", () -> log.search(type, username, null, null, PageRequest.of(0, 50)))
                .getContent();
    }
}
