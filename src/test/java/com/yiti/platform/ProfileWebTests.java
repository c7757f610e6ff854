package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.platform.internal.AccountService;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@YitiTest
class ProfileWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Test
    void userChangesPasswordAndSignsInWithTheNewOne() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        mvc.perform(post("/profile/password")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .param("currentPassword", user.password())
                        .param("newPassword", "a-much-longer-secret")
                        .param("confirmPassword", "a-much-longer-secret"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("message", "profile.passwordChanged"));

        login(user.username(), user.password()).andExpect(redirectedUrl("/login?error"));
        login(user.username(), "a-much-longer-secret").andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordRulesAreShownAtTheField() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        change(user, user.password(), "short", "short")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
        change(user, "not-my-password", "another-long-secret", "another-long-secret")
                .andExpect(
                        model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.currentWrong"));
        change(user, user.password(), "another-long-secret", "different-long-secret")
                .andExpect(model().attributeHasFieldErrors("passwordForm", "confirmed"))
                .andExpect(content().string(containsString("The two new passwords differ.")));
        // nothing changed: the original password still works
        login(user.username(), user.password()).andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordEqualToUsernameIsRefused() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        assertThat(user.username()).hasSizeGreaterThanOrEqualTo(10);
        change(user, user.password(), user.username(), user.username())
                .andExpect(
                        model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.equalsUsername"));
    }

    @Test
    void apiKeyIsShownOnceAndListedByPrefix() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        var result = mvc.perform(post("/profile/api-keys")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .param("name", "ERP bridge"))
                .andExpect(redirectedUrl("/profile"))
                .andReturn();
        String key = (String) result.getFlashMap().get("newApiKey");
        assertThat(key).startsWith("yk_").hasSizeGreaterThan(40);

        mvc.perform(get("/profile").with(users.as(user.username())))
                .andExpect(content().string(containsString("ERP bridge")))
                .andExpect(content().string(not(containsString(key))));
    }

    @Test
    void emptyKeyNameIsRefusedAtTheField() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        mvc.perform(post("/profile/api-keys")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("apiKeyForm", "name"));
        assertThat(accounts.apiKeys(user.username())).isEmpty();
    }

    @Test
    void languageChoiceIsRememberedOnTheUser() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        mvc.perform(post("/language")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .param("lang", "zh-CN")
                        .param("returnTo", "/profile"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(cookie().value("yiti-lang", "zh-CN"));
        assertThat(accounts.language(user.username())).isEqualTo("zh-CN");

        // a later sign-in from a browser without the cookie comes back in Chinese
        var login = login(user.username(), user.password()).andReturn();
        assertThat(login.getResponse().getCookie("yiti-lang").getValue()).isEqualTo("zh-CN");
    }

    @Test
    void languageSwitchNeverRedirectsOffSite() throws Exception {
        mvc.perform(post("/language").with(csrf()).param("lang", "en").param("returnTo", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/language").with(csrf()).param("lang", "en").param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesFollowTheChosenLanguage() throws Exception {
        mvc.perform(get("/login").cookie(new Cookie("yiti-lang", "zh-CN")))
                .andExpect(content().string(containsString("登录")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
        mvc.perform(get("/login").cookie(new Cookie("yiti-lang", "en")))
                .andExpect(content().string(containsString("Sign in")))
                .andExpect(content().string(not(containsString("用户名"))));
        // first visit: the browser's preference
        mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("Username")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "password123, password.common",
        "Qwertyuiop, password.common",
        "P@ssw0rd123, password.weak",
        "yiti-best-2026, password.containsName",
        "aaaaaaaaaaaa, password.weak",
        "1234567890, password.common"
    })
    void commonGuessableAndNamedPasswordsAreRefusedAtTheField(String password, String code) throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        change(user, user.password(), password, password)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", code));
        mvc.perform(post("/profile/password-strength")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("newPassword", password))
                .andExpect(content().string(containsString("id=\"password-strength-problem\"")));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        change(user, user.password(), "My-" + user.username() + "-Key!", "My-" + user.username() + "-Key!")
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.containsName"));
    }

    @Test
    void theMeterScoresAStrongPassword() throws Exception {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        mvc.perform(post("/profile/password-strength")
                        .with(users.as(user.username()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("newPassword", "Lantern-Harbour-2026-Quay"))
                .andExpect(content().string(containsString("value=\"4\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("password-strength-problem"))));
    }

    @Autowired
    com.yiti.platform.internal.UserAdministration admin;

    @Test
    void aPasswordSetByTheAdministratorIsChangedAtTheFirstSignIn() throws Exception {
        String username = "first" + System.nanoTime() % 1_000_000_000L;
        var created = users.runAs(
                "admin",
                () -> admin.create(
                        username,
                        new com.yiti.platform.internal.UserAdministration.UserDetails(
                                "First Sign-in", null, EnumSet.of(Role.SALES_REP), null, null, "Asia/Shanghai", true)));
        jakarta.servlet.http.Cookie session =
                mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        session = mvc.perform(post("/login")
                        .cookie(session)
                        .with(csrf())
                        .param("username", username)
                        .param("password", created.initialPassword()))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/customers").cookie(session)).andExpect(redirectedUrl("/profile?mustChangePassword"));
        mvc.perform(get("/profile").param("mustChangePassword", "").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"must-change-password\"")));
        mvc.perform(post("/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", created.initialPassword())
                        .param("newPassword", "Lantern-Harbour-2026")
                        .param("confirmPassword", "Lantern-Harbour-2026"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/customers").cookie(session)).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions change(
            TestUsers.Created user, String current, String next, String confirm) throws Exception {
        return mvc.perform(post("/profile/password")
                .with(users.as(user.username()))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", confirm));
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password)
            throws Exception {
        return mvc.perform(
                post("/login").with(csrf()).param("username", username).param("password", password));
    }
}
