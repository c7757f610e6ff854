package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.yiti.platform.internal.UserAdministration;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions follow the account (ASVS 7): a role change or a disabled account ends the user's open sessions at once,
 * a password change ends the other ones, each device can be signed out from the profile, and no session outlives
 * 12 hours however active.
 */
@YitiTest
class SessionLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    /** Signs in through the login form as a browser would, returning the session cookie. */
    private Cookie signIn(String username, String password, String browser) throws Exception {
        Cookie first = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        Cookie signedIn = mvc.perform(post("/login")
                        .cookie(first)
                        .header("User-Agent", browser)
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(signedIn).as("signed in").isNotNull();
        return signedIn;
    }

    private int status(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void aUserDemotedFromFinanceLosesHisOpenSessionAtOnce() throws Exception {
        var user = users.create(EnumSet.of(Role.FINANCE));
        Cookie session = signIn(user.username(), user.password(), "Firefox");
        assertThat(status("/finance/payments/new", session)).isEqualTo(200);

        users.runAs("admin", () -> {
            var u = admin.get(user.id());
            admin.update(
                    user.id(),
                    u.getVersion(),
                    new UserAdministration.UserDetails(
                            u.getDisplayName(), null, EnumSet.of(Role.SERVICE), null, null, "Asia/Shanghai", true),
                    "admin");
            return null;
        });

        assertThat(status("/finance/payments/new", session))
                .as("the old session is gone: back to sign-in, not a payment form")
                .isEqualTo(302);
        assertThat(status("/", session)).isEqualTo(302);
    }

    @Test
    void aDisabledAccountIsSignedOutEverywhere() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Cookie session = signIn(user.username(), user.password(), "Safari");
        assertThat(status("/customers", session)).isEqualTo(200);
        users.runAs("admin", () -> {
            admin.setEnabled(user.id(), false, "admin");
            return null;
        });
        assertThat(status("/customers", session)).isEqualTo(302);
        assertThat(userDetails.loadUserByUsername(user.username()).getAuthorities())
                .as("a disabled account holds no role, however it signs in (a passkey sign-in skips the enabled flag)")
                .isEmpty();
    }

    @Test
    void aPasswordChangeSignsOutTheOtherDevicesButNotThisOne() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Cookie laptop = signIn(user.username(), user.password(), "Laptop browser");
        Cookie phone = signIn(user.username(), user.password(), "Phone browser");
        mvc.perform(post("/profile/password")
                .cookie(laptop)
                .with(csrf())
                .param("currentPassword", user.password())
                .param("newPassword", "Lantern-Harbour-2026")
                .param("confirmPassword", "Lantern-Harbour-2026"));
        assertThat(status("/profile", laptop)).isEqualTo(200);
        assertThat(status("/profile", phone)).isEqualTo(302);
    }

    @Test
    void theProfileListsTheDevicesAndSignsOneOut() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Cookie laptop = signIn(user.username(), user.password(), "Laptop browser");
        Cookie phone = signIn(user.username(), user.password(), "Phone browser");
        String page = mvc.perform(get("/profile").cookie(laptop))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Laptop browser").contains("Phone browser").contains("id=\"devices\"");
        Matcher end =
                Pattern.compile("action=\"(/profile/sessions/[0-9a-f]+/end)\"").matcher(page);
        assertThat(end.find()).as("a sign-out button for the other device only").isTrue();
        String action = end.group(1);
        assertThat(end.find()).isFalse();

        assertThat(mvc.perform(post("/profile/sessions/0123456789abcdef/end")
                                .cookie(laptop)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not a session of this user")
                .isEqualTo(404);
        mvc.perform(post(action).cookie(laptop).with(csrf()));
        assertThat(status("/profile", phone)).isEqualTo(302);
        assertThat(status("/profile", laptop)).isEqualTo(200);
    }

    @Test
    void noSessionOutlivesTwelveHoursHoweverActive() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        Cookie session = signIn(user.username(), user.password(), "Browser");
        assertThat(status("/profile", session)).isEqualTo(200);
        long thirteenHoursAgo = Instant.now().minus(Duration.ofHours(13)).toEpochMilli();
        jdbc.update(
                "update SPRING_SESSION set CREATION_TIME = ? where PRINCIPAL_NAME = ?",
                thirteenHoursAgo,
                user.username());
        assertThat(status("/profile", session)).isEqualTo(302);
    }
}
