package com.yiti.setup;

/** A stored company image: which one, its type as sniffed from its bytes, and the bytes. */
public record CompanyImage(Kind kind, String contentType, byte[] content) {

    /** The logo heads every printed document; the seal (公章/发票专用章) is stamped where a document is signed. */
    public enum Kind {
        LOGO,
        SEAL
    }
}
