/**
 * Notifications (issue 19): what people are told — a message code with its arguments and a link — shown under the
 * bell with an unread count, listed, marked read. Any module may notify a user or the holders of a role; knows no
 * business module.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package com.yiti.notification;

import org.springframework.modulith.ApplicationModule;
