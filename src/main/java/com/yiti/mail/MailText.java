package com.yiti.mail;

/** A subject and body, as a template or filled in. */
public record MailText(String subject, String body) {}
