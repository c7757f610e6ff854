/**
 * Integration: what Yiti tells the systems around it. Business events (types implementing
 * {@link com.yiti.shared.PublishedEvent}) go to RabbitMQ as CloudEvents after their change commits, through the event
 * publication registry, so a broker that is down delays them and never loses one; the AsyncAPI document at
 * {@code /v3/asyncapi} describes every type from the code. ADMIN's webhooks receive the same events as signed HTTP
 * requests, retried for a day, with a delivery log. Knows no business module: it finds the event types on the class
 * path and listens to the shared interface; from platform it uses tasks, roles and route rules.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "imports", "mail"})
package com.yiti.integration;

import org.springframework.modulith.ApplicationModule;
