package com.yiti.mail.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a mail, read only when the mail goes out. */
@Entity
@Table(name = "mail_attachment")
public class MailMessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(nullable = false, length = 120)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected MailMessageAttachment() {}

    public MailMessageAttachment(long messageId, String filename, String contentType, byte[] content) {
        this.messageId = messageId;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
