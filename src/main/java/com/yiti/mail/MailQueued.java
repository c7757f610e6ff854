package com.yiti.mail;

/** A mail was queued in a transaction that committed: the delivery listener sends it (and is retried until it goes). */
public record MailQueued(long mailId) {}
