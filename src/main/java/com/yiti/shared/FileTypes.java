package com.yiti.shared;

import java.util.Arrays;

/**
 * A file's type from its first bytes, never from its name or the browser's word: PNG, JPEG, GIF, WebP and PDF, or
 * null for anything else.
 */
public final class FileTypes {

    private FileTypes() {}

    /**
     * A name a user's file may be stored and offered under: the last path part, control characters and quotes
     * replaced, at most 200 characters (the end kept, with the extension); the fallback when nothing is left.
     */
    public static String safeName(String name, String fallback) {
        java.nio.file.Path last = name == null
                ? null
                : java.nio.file.Path.of(name.replace('\\', '/')).getFileName();
        String n = last == null ? "" : last.toString();
        n = n.replaceAll("[\\p{Cntrl}\"]", "_").trim();
        if (n.isEmpty()) {
            n = fallback;
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    public static String sniff(byte[] b) {
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (b.length >= 12
                && starts(b, 0x52, 0x49, 0x46, 0x46)
                && Arrays.equals(
                        Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
