package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Keys ADMIN issues to other systems: limited to their scopes, their rate, their expiry; revocable at once. */
@YitiTest
class ApiClientTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /** The client issued on the page: its id from the API's list, its key from the page's one-time message. */
    record Issued(long id, String key) {}

    Issued issue(String name, String actsAs, Integer rate, String... scopes) throws Exception {
        var request = post("/admin/api-clients")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", name)
                .param("username", actsAs)
                .param("scopes", scopes);
        if (rate != null) {
            request.param("ratePerMinute", rate.toString());
        } else {
            request.param("ratePerMinute", "");
        }
        String key = (String) mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("issuedKey");
        long id = jdbc.queryForObject(
                "select id from plt_api_key where client = true and name = ? order by id desc limit 1",
                Long.class,
                name);
        return new Issued(id, key);
    }

    static String bearer(Issued c) {
        return "Bearer " + c.key();
    }

    @Test
    void aClientKeyDoesOnlyWhatItsScopesAllow() throws Exception {
        Issued shop = issue("网店 Shop", "sales1", null, "read:customers", "write:orders");
        assertThat(shop.key()).isNotBlank();
        mvc.perform(get("/api/v1/customers").header("Authorization", bearer(shop)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders").header("Authorization", bearer(shop))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tickets").header("Authorization", bearer(shop)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("apiClient.scope"))
                .andExpect(jsonPath("$.detail").value(containsString("read:tickets")));
        mvc.perform(post("/api/v1/customers")
                        .header("Authorization", bearer(shop))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("write:customers")));
        // the user's own limits still apply: sales1 may not read the admin pages' API
        Issued wide = issue("宽 Wide", "sales1", null, "read:webhooks");
        mvc.perform(get("/api/v1/webhooks").header("Authorization", bearer(wide)))
                .andExpect(status().isForbidden());
        // the person's profile does not list keys ADMIN issued in his name
        mvc.perform(get("/profile").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("网店 Shop"))));
    }

    @Test
    void aClientKeyPastItsRateIsToldWhenToComeBack() throws Exception {
        Issued bot = issue("爬虫 Bot", "sales1", 3, "read:customers");
        int ok = 0;
        boolean limited = false;
        for (int i = 0; i < 8 && !limited; i++) {
            var result = mvc.perform(get("/api/v1/customers").header("Authorization", bearer(bot)))
                    .andReturn()
                    .getResponse();
            if (result.getStatus() == 429) {
                limited = true;
                assertThat(Integer.parseInt(result.getHeader("Retry-After"))).isBetween(1, 60);
                assertThat(result.getContentAsString()).contains("apiClient.rateLimited");
            } else {
                assertThat(result.getStatus()).isEqualTo(200);
                ok++;
            }
        }
        assertThat(limited).isTrue();
        assertThat(ok).isBetween(3, 6); // 3 in a minute (6 if the minute turned during the loop)
    }

    @Test
    void anExpiredOrRevokedKeyIsRefusedAndAKeyCannotIssueKeys() throws Exception {
        Issued prometheus = issue("Prometheus", "admin", null, "read:metrics");
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(prometheus)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/webhooks").header("Authorization", bearer(prometheus)))
                .andExpect(status().isForbidden());

        Issued admin = issue("管理 Admin bot", "admin", null, "write:clients", "read:customers");
        mvc.perform(post("/api/v1/clients")
                        .header("Authorization", bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"more\",\"username\":\"admin\",\"scopes\":[\"read:orders\"]}"))
                .andExpect(status().isForbidden());

        jdbc.update(
                "update plt_api_key set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                admin.id());
        mvc.perform(get("/api/v1/customers").header("Authorization", bearer(admin)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/admin/api-clients/" + prometheus.id() + "/revoke")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(prometheus)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + prometheus.id() + ")].revokedAt")
                        .isNotEmpty())
                .andExpect(jsonPath("$.content[0].key").doesNotExist());
    }

    @Test
    void theFormSaysWhatIsMissingAndOnlyAdminIssuesKeys() throws Exception {
        mvc.perform(post("/admin/api-clients")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("name", "无范围 No scope")
                        .param("username", "sales1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick at least one scope.")));
        mvc.perform(get("/admin/api-clients").with(users.as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-clients").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("read:orders")))
                .andExpect(content().string(containsString("read:metrics")));
    }
}
