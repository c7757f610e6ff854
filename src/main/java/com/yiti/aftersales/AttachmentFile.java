package com.yiti.aftersales;

import org.springframework.core.io.Resource;

/** An attachment to send to a reader who may see its ticket: the file and what it is. */
public record AttachmentFile(String filename, String contentType, long sizeBytes, Resource content) {}
