package com.yiti.aftersales;

import com.yiti.aftersales.internal.Attachment;
import com.yiti.aftersales.internal.Attachments;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.FileStore;
import com.yiti.platform.StoredFiles;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on tickets: images (PNG, JPEG, GIF, WebP) and PDF up to a size limit, the type decided by the file's first
 * bytes (never by its name or the browser's word), stored under a random name in the file store (a directory outside
 * the web root or a bucket), and served only
 * to people who may see the ticket.
 */
@Service
@Transactional
public class AttachmentManagement {

    private final Attachments attachments;
    private final TicketManagement tickets;
    private final UserDirectory directory;
    private final Clock clock;
    private final StoredFiles files;
    private final long maxBytes;

    AttachmentManagement(
            Attachments attachments,
            TicketManagement tickets,
            UserDirectory directory,
            Clock clock,
            FileStore store,
            @Value("${yiti.aftersales.attachments-dir:./data/attachments}") String dir,
            @Value("${yiti.aftersales.attachment-max-bytes:5242880}") long maxBytes) {
        this.attachments = attachments;
        this.tickets = tickets;
        this.directory = directory;
        this.clock = clock;
        this.files = store.area("attachments", Path.of(dir));
        this.maxBytes = maxBytes;
    }

    /** Attaches a file to a ticket the user may see. Wrong type or too large: refused, nothing stored. */
    public AttachmentView attach(long ticketId, String originalName, byte[] content) {
        tickets.requireContributor(ticketId);
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "attachment.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = com.yiti.shared.FileTypes.sniff(content);
        if (type == null) {
            throw new BusinessRuleException("file", "attachment.wrongType");
        }
        String key = UUID.randomUUID().toString();
        files.putWithTransaction(key, content);
        Attachment a = attachments.save(new Attachment(
                ticketId,
                com.yiti.shared.FileTypes.safeName(originalName, "file"),
                type,
                content.length,
                key,
                actor(),
                clock.instant()));
        return view(a);
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(long ticketId) {
        tickets.get(ticketId);
        return attachments.findByTicketIdOrderByIdAsc(ticketId).stream()
                .map(AttachmentManagement::view)
                .toList();
    }

    /** The file of an attachment, for a reader who may see its ticket (404 otherwise). */
    @Transactional(readOnly = true)
    public AttachmentFile file(long ticketId, long attachmentId) {
        tickets.get(ticketId);
        Attachment a = attachments
                .findById(attachmentId)
                .filter(x -> x.getTicketId() == ticketId)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        return new AttachmentFile(a.getFilename(), a.getContentType(), a.getSizeBytes(), files.read(a.getStorageKey()));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(
                a.getId(),
                a.getTicketId(),
                a.getFilename(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getUploadedBy(),
                a.getUploadedAt());
    }
}
