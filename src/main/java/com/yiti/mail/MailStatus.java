package com.yiti.mail;

/** QUEUED until the SMTP server took it (SENT) or every attempt failed (FAILED, a task for the sender). */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
