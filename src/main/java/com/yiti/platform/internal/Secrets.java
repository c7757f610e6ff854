package com.yiti.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random passwords and API keys, and the one-way hash under which API keys are stored. */
final class Secrets {

    /** No 0/O, 1/l/I: a reset password is read aloud or typed from a screen. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String randomPassword() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String randomApiKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "yk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What the profile page shows of a key: enough to tell keys apart, useless to an attacker. */
    static String prefix(String key) {
        return key.substring(0, Math.min(8, key.length()));
    }

    /** A recovery code: 10 Base32 characters (50 random bits) shown as two groups of five. */
    static String recoveryCode() {
        byte[] bytes = new byte[7];
        RANDOM.nextBytes(bytes);
        String code = Totp.base32(bytes).substring(0, 10);
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
