package com.yiti.platform;

/** A user to notify by mail: the address and the language they read ({@code zh}, {@code en}, or null for the default). */
public record MailContact(long id, String username, String displayName, String email, String language) {

    /** {@code en} or {@code zh}. */
    public String mailLanguage() {
        return language != null && language.startsWith("en") ? "en" : "zh";
    }
}
