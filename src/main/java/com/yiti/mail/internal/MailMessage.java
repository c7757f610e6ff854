package com.yiti.mail.internal;

import com.yiti.mail.MailKind;
import com.yiti.mail.MailStatus;
import com.yiti.mail.SentMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail as queued and, later, as sent or failed: the record of what left the company. Never changed once sent. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailKind kind;

    @Column(name = "record_ref", length = 60)
    private String recordRef;

    @Column(name = "party_ref", length = 60)
    private String partyRef;

    @Column(length = 200)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sender_user_id")
    private Long senderUserId;

    @Column(nullable = false, length = 50)
    private String sender;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {}

    public MailMessage(
            MailKind kind,
            String recipient,
            String subject,
            String body,
            String recordRef,
            String partyRef,
            String link,
            Long senderUserId,
            String sender,
            Instant queuedAt) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.recordRef = recordRef;
        this.partyRef = partyRef;
        this.link = link;
        this.senderUserId = senderUserId;
        this.sender = sender;
        this.queuedAt = queuedAt;
    }

    public void sent(Instant at) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    public void attemptFailed(String error, boolean giveUp) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (giveUp) {
            status = MailStatus.FAILED;
        }
    }

    /** ADMIN sends a failed mail again: a fresh round of attempts. */
    public void requeue() {
        status = MailStatus.QUEUED;
        attempts = 0;
    }

    public SentMail view() {
        return new SentMail(
                id, kind, recipient, subject, status, attempts, lastError, sender, queuedAt, sentAt, recordRef, link);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Long getSenderUserId() {
        return senderUserId;
    }

    public String getLink() {
        return link;
    }
}
