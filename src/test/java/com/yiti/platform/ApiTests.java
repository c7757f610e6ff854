package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.platform.internal.AccountService;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@YitiTest
class ApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    TaskManagement tasks;

    @Test
    void demoKeyIdentifiesItsUser() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("sales1"))
                .andExpect(jsonPath("$.roles[0]").value("SALES_REP"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"));
    }

    @Test
    void unknownKeyIsRefusedAsProblem() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-nobody-key"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void createdKeyWorksUntilRevoked() throws Exception {
        var user = users.create(EnumSet.of(Role.WAREHOUSE));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "integration"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()));

        long keyId = accounts.apiKeys(user.username()).get(0).getId();
        accounts.revokeApiKey(user.username(), keyId);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + key)).andExpect(status().isUnauthorized());
    }

    @Test
    void keyIsStoredOnlyAsHash() {
        var user = users.create(EnumSet.of(Role.WAREHOUSE));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "hash check"));
        var stored = accounts.apiKeys(user.username()).get(0);
        assertThat(key).startsWith(stored.getKeyPrefix());
        assertThat(stored.getKeyPrefix()).hasSizeLessThan(key.length() / 2);
    }

    @Test
    void keyOfDisabledUserIsRefused() throws Exception {
        var user = users.create(EnumSet.of(Role.WAREHOUSE));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "to be disabled"));
        mvc.perform(post("/admin/users/" + user.id() + "/enabled")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + key)).andExpect(status().isUnauthorized());
    }

    @Test
    void bearerRequestsNeedNoCsrfButCookieRequestsDo() throws Exception {
        var user = users.create(EnumSet.of(Role.FINANCE));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "csrf"));
        long first = raiseFor(user.id());
        long second = raiseFor(user.id());

        mvc.perform(post("/api/v1/tasks/" + first + "/done").header("Authorization", "Bearer " + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));

        mvc.perform(post("/api/v1/tasks/" + second + "/done").with(users.as(user.username())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + second + "/done")
                        .with(users.as(user.username()))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void tasksOfOthersAreNotFound() throws Exception {
        var owner = users.create(EnumSet.of(Role.FINANCE));
        long id = raiseFor(owner.id());
        mvc.perform(post("/api/v1/tasks/" + id + "/done").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void inboxListsTheCallersTasksPaged() throws Exception {
        var user = users.create(EnumSet.of(Role.PURCHASING));
        String key = users.runAs(user.username(), () -> accounts.createApiKey(user.username(), "inbox"));
        long id = raiseFor(user.id());
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void badParameterIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/tasks?status=SOMETIMES").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists())
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiKey.scheme").value("bearer"))
                // the one problem shape, and the errors each operation may answer with it
                .andExpect(
                        jsonPath("$.components.schemas.Problem.properties.code").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orders/{id}/confirm'].post.responses['422'].content"
                                + "['application/problem+json'].schema['$ref']")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/v1/payments'].post.responses['400']")
                        .exists());
    }

    private long raiseFor(long userId) {
        return tasks.raise(new NewTask(
                        "task.demo.changePasswords", List.of(), null, userId, null, LocalDate.now(), "test.api", null))
                .id();
    }
}
