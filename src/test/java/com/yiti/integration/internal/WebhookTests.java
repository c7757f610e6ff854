package com.yiti.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.platform.OutboundTargets;
import com.yiti.platform.TaskManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.WebhookReceiver;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks as an integrator meets them: signed CloudEvents at a local receiver, retried after a 500 with backoff,
 * redirects not followed, sent again by hand, an hour of failures raising a task for ADMIN, and SSRF refusals.
 */
@YitiTest
class WebhookTests {

    static final String ADMIN = "Bearer demo-admin-key";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    @Autowired
    CustomerManagement customers;

    @Autowired
    WebhookSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskManagement tasks;

    WebhookReceiver receiver;
    long webhookId;
    String secret;

    @BeforeEach
    void register() throws Exception {
        receiver = new WebhookReceiver();
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/webhooks")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name", "网店 Shop",
                                "url", receiver.url("/hook"),
                                "eventTypes", List.of("customer.created")))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(containsString("whsec_")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        webhookId = created.get("id").asLong();
        secret = created.get("secret").asString();
    }

    @AfterEach
    void unregister() throws Exception {
        mvc.perform(delete("/api/v1/webhooks/" + webhookId).header("Authorization", ADMIN))
                .andExpect(status().isNoContent());
        receiver.close();
    }

    CustomerView newCustomer() {
        return users.runAs(
                "sales1",
                () -> customers.create(CrmFixtures.data(CrmFixtures.unique("钩子客户 Hook customer"), null), true));
    }

    JsonNode deliveries() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/webhooks/" + webhookId + "/deliveries")
                                .header("Authorization", ADMIN))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("content");
    }

    void dueNow() {
        jdbc.update(
                "update int_webhook_delivery set next_attempt_at = ? where webhook_id = ? and status = 'PENDING'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                webhookId);
    }

    @Test
    void anEventIsDeliveredSignedAsACloudEventOnlyToTheWebhooksThatWantIt() throws Exception {
        CustomerView c = newCustomer();
        users.runAs("sales1", () -> customers.update(c.id(), c.version(), CrmFixtures.data(c.name() + " 改", null)));
        assertThat(deliveries()).hasSize(1); // customer.changed is not asked for
        assertThat(deliveries().get(0).get("status").asString()).isEqualTo("PENDING");

        sender.deliverDue();

        List<WebhookReceiver.Received> got = receiver.received("/hook");
        assertThat(got).hasSize(1);
        WebhookReceiver.Received r = got.get(0);
        assertThat(r.headers()).containsEntry("content-type", "application/cloudevents+json");
        assertThat(r.headers()).containsEntry("x-yiti-event", "customer.created");
        // the receiver's check: HMAC-SHA256 of "<t>.<body>" with the secret
        String signature = r.headers().get("x-yiti-signature");
        String t = signature.substring(2, signature.indexOf(','));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes("UTF-8")));
        assertThat(signature).isEqualTo("t=" + t + ",v1=" + expected);
        assertThat(Long.parseLong(t))
                .isCloseTo(java.time.Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        JsonNode ce = json.readTree(r.body());
        assertThat(ce.get("type").asString()).isEqualTo("com.yiti.customer.created.v1");
        assertThat(ce.get("data").get("customerId").asLong()).isEqualTo(c.id());

        JsonNode d = deliveries().get(0);
        assertThat(d.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(d.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(d.get("eventId").asString()).isEqualTo(ce.get("id").asString());
    }

    @Test
    void aFailedAttemptIsTriedAgainLaterAndARedirectIsNeverFollowed() throws Exception {
        receiver.answer(500, 302);
        newCustomer();
        sender.deliverDue();
        JsonNode d = deliveries().get(0);
        assertThat(d.get("status").asString()).isEqualTo("PENDING");
        assertThat(d.get("attempts").asInt()).isEqualTo(1);
        assertThat(d.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(java.time.Instant.parse(d.get("nextAttemptAt").asString()))
                .isAfter(java.time.Instant.now().plusSeconds(20));
        sender.deliverDue();
        assertThat(receiver.received("/hook")).hasSize(1); // not due yet

        dueNow();
        sender.deliverDue();
        d = deliveries().get(0);
        assertThat(d.get("lastStatusCode").asInt()).isEqualTo(302);
        assertThat(d.get("status").asString()).isEqualTo("PENDING");
        assertThat(receiver.received("/elsewhere")).isEmpty();

        dueNow();
        sender.deliverDue();
        assertThat(deliveries().get(0).get("status").asString()).isEqualTo("DELIVERED");
        List<WebhookReceiver.Received> got = receiver.received("/hook");
        assertThat(got).hasSize(3);
        // every attempt carries the same event id: the receiver drops repeats
        assertThat(got.stream()
                        .map(r -> json.readTree(r.body()).get("id").asString())
                        .distinct())
                .hasSize(1);
    }

    @Test
    void aWebhookSwitchedOffKeepsItsDeliveriesUntilItIsOnAgain() throws Exception {
        newCustomer();
        JsonNode w =
                json.readTree(mvc.perform(get("/api/v1/webhooks/" + webhookId).header("Authorization", ADMIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String body = json.writeValueAsString(Map.of(
                "name", w.get("name").asString(),
                "url", w.get("url").asString(),
                "eventTypes", List.of("customer.created"),
                "active", false,
                "version", w.get("version").asLong()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/webhooks/" + webhookId)
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        sender.deliverDue();
        assertThat(receiver.received("/hook")).isEmpty();
        assertThat(deliveries().get(0).get("status").asString()).isEqualTo("PENDING");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/webhooks/" + webhookId)
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"active\":false", "\"active\":true")
                                .replace(
                                        "\"version\":" + w.get("version").asLong(),
                                        "\"version\":" + (w.get("version").asLong() + 1))))
                .andExpect(status().isOk());
        sender.deliverDue();
        assertThat(receiver.received("/hook")).hasSize(1);
    }

    @Test
    void anEndpointFailingForAnHourBecomesATaskForAdminClosedByItsNextSuccess() throws Exception {
        receiver.answer(503);
        newCustomer();
        jdbc.update(
                "update int_webhook set failing_since = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(2 * 3600)),
                webhookId);
        sender.deliverDue();
        assertThat(tasks.openRecordRefs(WebhookSender.FAILING_RULE)).contains("webhook:" + webhookId);
        mvc.perform(get("/api/v1/webhooks/" + webhookId).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.failingSince").isNotEmpty());

        dueNow();
        sender.deliverDue();
        assertThat(tasks.openRecordRefs(WebhookSender.FAILING_RULE)).doesNotContain("webhook:" + webhookId);
        mvc.perform(get("/api/v1/webhooks/" + webhookId).header("Authorization", ADMIN))
                .andExpect(jsonPath("$.failingSince").isEmpty());
    }

    @Test
    void aDeliveryCanBeSentAgainByHandAndATestEventReachesTheReceiver() throws Exception {
        newCustomer();
        sender.deliverDue();
        long first = deliveries().get(0).get("id").asLong();
        mvc.perform(post("/admin/webhooks/" + webhookId + "/deliveries/" + first + "/replay")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/webhooks/" + webhookId + "/test").header("Authorization", ADMIN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.eventType").value("webhook.tested"));
        sender.deliverDue();
        List<WebhookReceiver.Received> got = receiver.received("/hook");
        assertThat(got).hasSize(3);
        assertThat(json.readTree(got.get(1).body()).get("id").asString())
                .isEqualTo(json.readTree(got.get(0).body()).get("id").asString());
        assertThat(json.readTree(got.get(2).body()).get("type").asString()).isEqualTo("com.yiti.webhook.tested.v1");
        assertThat(deliveries().get(1).get("replayOf").asLong()).isEqualTo(first);
    }

    @Test
    void urlsThatLeadIntoTheApplicationOrTheCloudsMetadataAreRefused() throws Exception {
        for (String[] refused : new String[][] {
            {"ftp://files.example.com/in", "webhook.url.scheme"},
            {"http://169.254.169.254/latest/meta-data/", "webhook.url.forbiddenAddress"},
            {"http://[fe80::1]/hook", "webhook.url.forbiddenAddress"},
            {"http://localhost:8080/api/v1/orders", "webhook.url.self"},
            {"http://0.0.0.0:9000/hook", "webhook.url.forbiddenAddress"},
            {"http://user:pw@127.0.0.1/hook", "webhook.url.invalid"},
            {"not a url", "webhook.url.invalid"}
        }) {
            mvc.perform(post("/api/v1/webhooks")
                            .header("Authorization", ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("name", "x", "url", refused[0]))))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.errors[0].code").value(refused[1]));
        }
        // in production loopback is refused too
        OutboundTargets production = new OutboundTargets(false, "https://yiti.example.com");
        assertThatThrownBy(() -> production.check("http://127.0.0.1:9000/hook"))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("code", "webhook.url.forbiddenAddress");
        assertThat(production.check("http://10.0.0.8/erp").getHost()).isEqualTo("10.0.0.8");
    }

    @Test
    void onlyAdminSeesAndChangesWebhooksAndTheFormSaysWhatIsWrongAtTheField() throws Exception {
        mvc.perform(get("/api/v1/webhooks").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/webhooks").with(users.as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/webhooks").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("网店 Shop")))
                .andExpect(content().string(containsString("财务系统 Ledger (demo)")));
        mvc.perform(get("/admin/webhooks/" + webhookId).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));
        mvc.perform(post("/admin/webhooks")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("name", "坏地址 Bad")
                        .param("url", "http://169.254.169.254/")
                        .param("eventTypes", "order.confirmed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("169.254.169.254")));
    }
}
