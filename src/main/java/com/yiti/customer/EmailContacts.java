package com.yiti.customer;

import java.util.List;

/**
 * Whom a document of a customer is e-mailed to: its contacts with an e-mail address (primary first), the address the
 * send form starts with (the primary's, or none), and the name its greeting uses (that contact's, else the company's).
 */
public record EmailContacts(List<ContactView> contacts, String defaultAddress, String greetingName) {

    public boolean any() {
        return !contacts.isEmpty();
    }
}
