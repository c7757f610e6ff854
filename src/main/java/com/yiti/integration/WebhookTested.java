package com.yiti.integration;

/** The test event ADMIN sends to one webhook from its page: {@code webhook.tested}, never sent to the broker. */
public record WebhookTested(long webhookId, String name) {}
