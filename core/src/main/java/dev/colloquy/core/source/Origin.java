package dev.colloquy.core.source;

import java.util.Objects;

/**
 * Where a source document came from.
 *
 * @param name      a file name or other label a developer recognises
 * @param sourceUrl the public address of the original article, when known
 * @param mediaType {@code text/plain}, {@code text/html} or {@code text/markdown}
 */
public record Origin(String name, String sourceUrl, String mediaType) {

    public static final String PLAIN_TEXT = "text/plain";

    public Origin {
        Objects.requireNonNull(name, "name");
        mediaType = mediaType == null ? PLAIN_TEXT : mediaType;
    }

    public static Origin file(String name) {
        return new Origin(name, null, PLAIN_TEXT);
    }
}
