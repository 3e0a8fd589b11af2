package dev.colloquy.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of one article as the importer reads it, after decoding and the one normalisation Colloquy
 * applies: line breaks ({@code \r\n}, {@code \r}) become {@code \n} and a leading byte-order mark is dropped.
 * Every span in the model points into {@link #text()}.
 *
 * @param contentHash SHA-256 of the text, hex encoded; the key that makes imports idempotent
 */
public record SourceDocument(String text, String contentHash, Origin origin) {

    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content hash must be 64 lower-case hex digits: " + contentHash);
        }
    }

    /** A document whose text is normalised and hashed here. */
    public static SourceDocument of(String rawText, Origin origin) {
        String text = normaliseLineBreaks(rawText);
        return new SourceDocument(text, sha256(text), origin);
    }

    static String normaliseLineBreaks(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
