package com.yiti.aftersales;

import java.time.Instant;

public record AttachmentView(
        long id,
        long ticketId,
        String filename,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
