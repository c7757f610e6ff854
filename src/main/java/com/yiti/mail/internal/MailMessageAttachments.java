package com.yiti.mail.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A mail's files, written and read with plain JDBC (the same on MySQL and H2), read only when the mail goes out. */
@Component
public class MailMessageAttachments {

    /** One attached file. */
    public record File(String filename, String contentType, byte[] content) {}

    private final JdbcTemplate jdbc;

    MailMessageAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long messageId, String filename, String contentType, byte[] content) {
        jdbc.update(
                "insert into mail_attachment (message_id, filename, content_type, content) values (?, ?, ?, ?)",
                messageId,
                filename,
                contentType,
                content);
    }

    public List<File> of(long messageId) {
        return jdbc.query(
                "select filename, content_type, content from mail_attachment where message_id = ? order by id",
                (rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                messageId);
    }
}
