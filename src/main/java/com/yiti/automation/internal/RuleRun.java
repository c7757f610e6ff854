package com.yiti.automation.internal;

import com.yiti.automation.RunView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One run of a rule on one record, with the event it ran on (to run it again) and what came of it. */
@Entity
@Table(name = "aut_rule_run")
public class RuleRun {

    /** A failing run is tried this many times in all, then shown as FAILED. */
    static final int MAX_ATTEMPTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private Long ruleId;

    @Column(nullable = false, length = 50, updatable = false)
    private String event;

    @Column(name = "record_ref", nullable = false, length = 100, updatable = false)
    private String recordRef;

    @Column(nullable = false, length = 4000, updatable = false)
    private String payload;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 500)
    private String outcome;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected RuleRun() {}

    RuleRun(long ruleId, String event, String recordRef, String payload, Instant now) {
        this.ruleId = ruleId;
        this.event = event;
        this.recordRef = recordRef.length() <= 100 ? recordRef : recordRef.substring(0, 100);
        this.payload = payload;
        this.status = "RUNNING";
        this.createdAt = now;
    }

    void done(Instant at, String what) {
        attempts++;
        lastAttemptAt = at;
        status = "OK";
        outcome = cut(what);
        nextAttemptAt = null;
    }

    /** Failed: tried again after 1, 2 minutes; after the last attempt shown as FAILED. */
    boolean failed(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        outcome = cut(error);
        if (attempts >= MAX_ATTEMPTS) {
            status = "FAILED";
            nextAttemptAt = null;
            return true;
        }
        status = "RETRY";
        nextAttemptAt = at.plus(Duration.ofMinutes(attempts));
        return false;
    }

    void loop(Instant at, String why) {
        status = "LOOP";
        lastAttemptAt = at;
        outcome = cut(why);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getPayload() {
        return payload;
    }

    public String getStatus() {
        return status;
    }

    public String getRecordRef() {
        return recordRef;
    }

    public RunView view() {
        return new RunView(id, ruleId, event, recordRef, status, attempts, outcome, createdAt, lastAttemptAt);
    }
}
