package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.platform.internal.AccountService;
import com.yiti.platform.internal.UserAdministration;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password spraying is slowed per address, and what matters for security lands in the security log, no secrets. */
@YitiTest
class SecurityLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    SecurityLog log;

    @Autowired
    UserAdministration admin;

    @Autowired
    AccountService accounts;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<SecurityLog.Event> events(SecurityEventType type, String username) {
        return users.runAs("admin", () -> log.search(type, username, null, null, PageRequest.of(0, 100)))
                .getContent();
    }

    @Test
    void thirtySprayAttemptsInAFewSecondsAreSlowedWhileOthersSignIn() throws Exception {
        String attacker = "10.66." + (int) (Math.random() * 250) + ".9";
        String prefix = "spray" + System.nanoTime() % 1_000_000 + "-";
        int throttled = 0;
        for (int i = 0; i < 30; i++) {
            String target = mvc.perform(post("/login")
                            .with(csrf())
                            .with(from(attacker))
                            .param("username", prefix + i)
                            .param("password", "Summer2026!"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            if ("/login?throttled".equals(target)) {
                throttled++;
            }
        }
        assertThat(throttled).as("after 10 failures the address waits").isGreaterThanOrEqualTo(19);
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("10.65.0.1"))
                        .param("username", "admin")
                        .param("password", "demo123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
        assertThat(events(SecurityEventType.SIGN_IN_THROTTLED, null)).anyMatch(e -> attacker.equals(e.address()));
        assertThat(events(SecurityEventType.SIGN_IN_FAILED, prefix + 0))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("Summer2026"));
    }

    @Test
    void accountChangesApiKeysRefusalsAndExportsAreLoggedWithoutSecrets() throws Exception {
        var user = users.create(EnumSet.of(Role.FINANCE));
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
        String newPassword = users.runAs("admin", () -> admin.resetPassword(user.id()));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "ERP link"));
        mvc.perform(get("/finance/invoices").with(users.as(user.username()))).andExpect(status().isForbidden());
        mvc.perform(get("/tickets/export.csv").with(users.as("service"))).andExpect(status().isOk());

        assertThat(events(SecurityEventType.ROLES_CHANGED, user.username()))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("by admin").contains("[FINANCE] -> [SERVICE]"));
        assertThat(events(SecurityEventType.PASSWORD_RESET, user.username())).hasSize(1);
        assertThat(events(SecurityEventType.API_KEY_CREATED, user.username())).hasSize(1);
        assertThat(events(SecurityEventType.ACCESS_DENIED, user.username()))
                .anyMatch(e -> e.detail().equals("GET /finance/invoices"));
        assertThat(events(SecurityEventType.EXPORT, "service"))
                .anyMatch(e -> e.detail().startsWith("/tickets/export.csv"));
        List<SecurityLog.Event> all = events(null, user.username());
        assertThat(all)
                .allSatisfy(
                        e -> assertThat(e.detail()).doesNotContain(newPassword).doesNotContain(key));
    }

    @Test
    void onlyAdminReadsTheSecurityLog() throws Exception {
        mvc.perform(get("/admin/security-log").param("type", "SIGN_IN").with(users.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/security-log").with(users.as("manager"))).andExpect(status().isForbidden());
    }
}
