/**
 * E-mail: documents (quotation, invoice, statement), survey links and password-reset links go to people outside as
 * mail. A module queues a message in its own transaction; it is sent after commit through the event publication
 * registry, retried until it goes, and a message that cannot be sent becomes a task for whoever sent it. ADMIN edits
 * the subject and body of each kind in Chinese and English. Knows no business module (only the company's name from
 * setup): each module brings its own PDF, recipient and placeholders.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "setup"})
package com.yiti.mail;

import org.springframework.modulith.ApplicationModule;
