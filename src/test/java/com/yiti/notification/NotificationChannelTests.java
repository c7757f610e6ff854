package com.yiti.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.notification.internal.DeliverySender;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.TestMailServer;
import com.yiti.support.TestUsers;
import com.yiti.support.WebhookReceiver;
import com.yiti.support.YitiTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications beyond the bell (issue 19, decision 051): a user's chosen channels carry a kind of notification after
 * the notifying transaction commits — e-mail through the outbox, 企业微信 and 钉钉 group robots in their formats, a JSON
 * webhook — each delivery logged; a receiver that is down gets it later; nothing goes where the user did not choose.
 */
@YitiTest
class NotificationChannelTests {

    @Autowired
    NotificationCenter center;

    @Autowired
    NotificationChannels channels;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    DeliverySender sender;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    @Autowired
    TestMailServer smtp;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private WebhookReceiver receiver;
    private String wecom;
    private String ding;
    private String json;

    @BeforeEach
    void channels() {
        receiver = new WebhookReceiver();
        long n = System.nanoTime();
        wecom = users.runAs(
                        "admin",
                        () -> channels.create(
                                new ChannelData("销售群 " + n, ChannelKind.WECOM, receiver.url("/wecom"), true)))
                .code();
        ding = users.runAs(
                        "admin",
                        () -> channels.create(
                                new ChannelData("钉钉群 " + n, ChannelKind.DINGTALK, receiver.url("/ding"), true)))
                .code();
        json = users.runAs(
                        "admin",
                        () -> channels.create(
                                new ChannelData("ERP hook " + n, ChannelKind.WEBHOOK, receiver.url("/json"), true)))
                .code();
    }

    @AfterEach
    void close() {
        receiver.close();
        // other tests' notifications reach sales1 under the bell only
        for (NotificationKind k : NotificationKind.values()) {
            users.runAs("sales1", () -> preferences.choose(k, Set.of()));
        }
    }

    @Test
    void aNotificationGoesThroughEveryChannelTheUserChoseForItsKindAfterCommit() {
        users.runAs(
                "sales1",
                () -> preferences.choose(
                        NotificationKind.APPROVAL_NEWS, Set.of(NotificationPreferences.EMAIL, wecom, ding, json)));
        long sales1 = directory.findByUsername("sales1").orElseThrow().id();
        String ref = "QT-T-" + System.nanoTime();
        transaction.executeWithoutResult(tx -> center.notify(
                sales1, "approval.news.rejected", List.of(ref, "价格太低 price too low", ""), "/quotations/1"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> receiver.received().size() == 3);
        String weComBody = receiver.received("/wecom").get(0).body();
        assertThat(weComBody)
                .contains("\"msgtype\":\"text\"")
                .contains(ref)
                .contains("价格太低")
                .contains("\"mentioned_list\":[\"sales1\"]")
                .contains("/quotations/1");
        assertThat(receiver.received("/ding").get(0).body())
                .contains("\"msgtype\":\"text\"")
                .contains(ref)
                .contains("\"atUserIds\":[\"sales1\"]");
        assertThat(receiver.received("/json").get(0).body())
                .contains("\"user\":\"sales1\"")
                .contains("\"kind\":\"APPROVAL_NEWS\"")
                .contains(ref);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> smtp.to("sales1@yiti.example").stream()
                        .anyMatch(m -> subject(m).contains(ref)));
        // the log has the four, delivered at the first attempt
        var log = users
                .runAs("admin", () -> channels.deliveries(org.springframework.data.domain.PageRequest.of(0, 10)))
                .getContent()
                .stream()
                .filter(d -> d.userId() == sales1)
                .limit(4)
                .toList();
        assertThat(log).hasSize(4).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(1);
        });

        // another kind, not chosen: the bell only
        int before = receiver.received().size();
        transaction.executeWithoutResult(
                tx -> center.notify(sales1, "approval.toDecide", List.of("PO-X", "step", "someone"), "/approvals/1"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from ntf_delivery d join ntf_notification n on n.id = d.notification_id"
                                + " where n.title_key = 'approval.toDecide' and n.user_id = ?",
                        Long.class,
                        sales1))
                .isZero();
        assertThat(receiver.received()).hasSize(before);
    }

    @Test
    void aReceiverThatIsDownGetsTheMessageLaterAndARolledBackNotificationIsNeverSent() {
        users.runAs("sales1", () -> preferences.choose(NotificationKind.APPROVAL_NEWS, Set.of(wecom)));
        long sales1 = directory.findByUsername("sales1").orElseThrow().id();
        receiver.answer(503);
        String ref = "QT-D-" + System.nanoTime();
        transaction.executeWithoutResult(
                tx -> center.notify(sales1, "approval.news.approved", List.of(ref, "", ""), "/quotations/2"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> delivery(ref).get("attempts").equals(1));
        assertThat(delivery(ref)).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP 503");

        // the sweep tries again once the backoff has passed (moved forward here rather than waited for)
        jdbc.update(
                "update ntf_delivery set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                delivery(ref).get("id"));
        sender.deliverDue();
        assertThat(delivery(ref)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat(receiver.received("/wecom")).hasSize(2);

        // a notification whose transaction rolls back leaves nothing to send
        String gone = "QT-R-" + System.nanoTime();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    center.notify(sales1, "approval.news.approved", List.of(gone, "", ""), "/quotations/3");
                    throw new IllegalStateException("the document's change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ntf_notification where title_args like ?", Long.class, gone + "%"))
                .isZero();
    }

    @Test
    void usersChooseOnlyTheirOwnAndOnlyAdminKeepsChannels() throws Exception {
        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> preferences.choose(NotificationKind.APPROVAL_NEWS, Set.of("CHANNEL:999999"))))
                .isInstanceOf(BusinessRuleException.class);
        mvc.perform(put("/api/v1/notifications/preferences/APPROVAL_TO_DECIDE")
                        .header("Authorization", "Bearer demo-salesmgr-key")
                        .contentType("application/json")
                        .content("{\"channels\":[\"EMAIL\",\"" + wecom + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.APPROVAL_TO_DECIDE.length()").value(2));
        mvc.perform(get("/api/v1/notifications/preferences").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferences.APPROVAL_TO_DECIDE.length()").value(0));
        mvc.perform(get("/api/v1/notifications/channels").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notifications/channels")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"name\":\"metadata\",\"kind\":\"WEBHOOK\",\"url\":\"http://169.254.169.254/x\","
                                + "\"enabled\":true}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(get("/admin/notification-channels").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("delivery-table")));
        users.runAs("salesmgr", () -> preferences.choose(NotificationKind.APPROVAL_TO_DECIDE, Set.of()));
    }

    private java.util.Map<String, Object> delivery(String ref) {
        return jdbc.queryForMap(
                "select d.id, d.status, d.attempts, d.last_error from ntf_delivery d"
                        + " join ntf_notification n on n.id = d.notification_id where n.title_args like ?",
                ref + "%");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
