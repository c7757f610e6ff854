package com.yiti.mail;

/** A file sent with a mail (a document's PDF). */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public static MailAttachment pdf(String filename, byte[] content) {
        return new MailAttachment(filename, "application/pdf", content);
    }
}
