package com.yiti.aftersales.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a ticket: internal (staff only) or visible to the customer. Never edited. */
@Entity
@Table(name = "aft_ticket_comment")
public class TicketComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private Long ticketId;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    @Column(nullable = false, length = 50, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketComment() {}

    public TicketComment(Long ticketId, String body, boolean internal, String author, Instant createdAt) {
        this.ticketId = ticketId;
        this.body = body;
        this.internal = internal;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
