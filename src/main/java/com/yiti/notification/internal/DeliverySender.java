package com.yiti.notification.internal;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailTemplates;
import com.yiti.mail.MailText;
import com.yiti.mail.Outbox;
import com.yiti.mail.OutgoingMail;
import com.yiti.notification.ChannelKind;
import com.yiti.notification.NotificationKind;
import com.yiti.platform.MailContact;
import com.yiti.platform.OutboundTargets;
import com.yiti.platform.PublicLinks;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries notifications beyond the bell (decision 051). Right after the notifying transaction commits (the event
 * publication registry keeps {@link NotificationQueued} until this listener has run, so a crash in between is resumed),
 * each delivery is tried once: an e-mail is handed to the outbox of module mail (which sends and retries it), a robot
 * or webhook gets an HTTP POST in its own format — 5 s to connect, 10 s to answer, redirects not followed, the URL
 * checked against {@link OutboundTargets} before every attempt. A failure is recorded and tried again by the sweep
 * with backoff for a day; every attempt is in the delivery log.
 */
@Component
public class DeliverySender {

    private final Deliveries deliveries;
    private final Channels channels;
    private final Notifications notifications;
    private final UserDirectory directory;
    private final MessageSource messages;
    private final PublicLinks links;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final OutboundTargets targets;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final HttpClient http;

    DeliverySender(
            Deliveries deliveries,
            Channels channels,
            Notifications notifications,
            UserDirectory directory,
            MessageSource messages,
            PublicLinks links,
            Outbox outbox,
            MailTemplates templates,
            OutboundTargets targets,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
        this.links = links;
        this.outbox = outbox;
        this.templates = templates;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @ApplicationModuleListener
    void on(NotificationQueued queued) {
        queued.deliveryIds().forEach(id -> attempt(id, true));
    }

    /** Tries the deliveries that are due again, 50 at a time; answers how many were tried. */
    public int deliverDue() {
        List<Long> due = transaction.execute(tx -> deliveries.due(clock.instant(), PageRequest.of(0, 50)));
        due.forEach(id -> attempt(id, false));
        return due.size();
    }

    private record Post(URI uri, String body) {}

    private void attempt(long id, boolean first) {
        // claim the delivery and do what needs no network in one short transaction; e-mail ends here
        Post post;
        try {
            post = transaction.execute(tx -> {
                Delivery d = deliveries.lock(id).orElse(null);
                if (d == null || !d.claim(clock.instant(), first)) {
                    return null;
                }
                Notification n = notifications.findById(d.getNotificationId()).orElseThrow();
                MailContact to = directory.mailContact(d.getUserId()).orElse(null);
                if (to == null) {
                    d.failed(clock.instant(), "the user is gone or disabled");
                    return null;
                }
                Locale locale = locale(to.language());
                String title = messages.getMessage(n.getTitleKey(), n.args().toArray(), n.getTitleKey(), locale);
                String link = n.getLink() == null ? links.absolute("/notifications") : links.absolute(n.getLink());
                if (d.getChannel().equals("EMAIL")) {
                    email(d, n, to, title, link);
                    return null;
                }
                Channel c = channels.findById(channelId(d.getChannel())).orElse(null);
                if (c == null || !c.isEnabled()) {
                    d.failed(clock.instant(), "the channel is gone or switched off");
                    return null;
                }
                return new Post(targets.check(c.getUrl()), payload(c.getKind(), n, to, title, link));
            });
        } catch (BusinessRuleException refused) {
            record(id, "refused: " + refused.code());
            return;
        }
        if (post == null) {
            return;
        }
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(post.uri())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Yiti-Notifications/1")
                    .POST(HttpRequest.BodyPublishers.ofString(post.body()))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "HTTP " + status;
            }
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(id, error);
    }

    private void record(long id, String error) {
        transaction.executeWithoutResult(tx -> deliveries.findById(id).ifPresent(d -> {
            Instant now = clock.instant();
            if (error == null) {
                d.delivered(now);
            } else {
                d.failed(now, error);
            }
        }));
    }

    private void email(Delivery d, Notification n, MailContact to, String title, String link) {
        if (to.email() == null || to.email().isBlank()) {
            d.failed(clock.instant(), "no e-mail address");
            return;
        }
        if (!outbox.available()) {
            d.failed(clock.instant(), "no SMTP server configured (spring.mail.host)");
            return;
        }
        MailText text = templates.render(
                MailKind.NOTIFICATION, to.language(), Map.of("name", to.displayName(), "title", title, "link", link));
        outbox.queue(new OutgoingMail(
                MailKind.NOTIFICATION,
                to.email(),
                text.subject(),
                text.body(),
                List.of(),
                "notification:" + n.getId(),
                null,
                n.getLink()));
        d.delivered(clock.instant());
    }

    /** The message in the receiver's format: 企业微信 and 钉钉 group robots' text messages, or plain JSON. */
    String payload(ChannelKind kind, Notification n, MailContact to, String title, String link) {
        String text = title + "\n" + link;
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case WECOM -> {
                body.put("msgtype", "text");
                body.put("text", Map.of("content", text, "mentioned_list", List.of(to.username())));
            }
            case DINGTALK -> {
                body.put("msgtype", "text");
                body.put("text", Map.of("content", text));
                body.put("at", Map.of("atUserIds", List.of(to.username()), "isAtAll", false));
            }
            case WEBHOOK -> {
                body.put("id", n.getId());
                body.put("kind", NotificationKind.of(n.getTitleKey()).name());
                body.put("user", to.username());
                body.put("title", title);
                body.put("link", link);
                body.put("createdAt", n.getCreatedAt().toString());
            }
        }
        return json.writeValueAsString(body);
    }

    static long channelId(String code) {
        return Long.parseLong(code.substring("CHANNEL:".length()));
    }

    private static Locale locale(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    /** Every 15 seconds, on one node at a time. */
    @Component
    @ConditionalOnProperty(name = "yiti.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Job {

        private final DeliverySender sender;

        Job(DeliverySender sender) {
            this.sender = sender;
        }

        @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT15S")
        @SchedulerLock(name = "notification-deliveries", lockAtMostFor = "PT10M")
        void send() {
            while (sender.deliverDue() == 50) {
                // a backlog is worked through in batches, each attempt in its own transactions
            }
        }
    }
}
