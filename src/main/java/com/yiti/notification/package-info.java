/**
 * Notifications (issue 19): what people are told — a message code with its arguments and a link — shown under the
 * bell with an unread count, listed, marked read — and, per the user's choice for each kind, by e-mail (module mail)
 * and to 企业微信 / 钉钉 group robots and JSON webhooks ADMIN configures, delivered after commit with retries and a
 * delivery log (decision 051). Any module may notify a user or the holders of a role; knows no business module.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "mail"})
package com.yiti.notification;

import org.springframework.modulith.ApplicationModule;
