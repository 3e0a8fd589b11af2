package dev.colloquy.importer.layout;

import java.util.Locale;

/** How the source is written down, which decides how it is cut into blocks. */
public enum SourceFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html");

    private final String mediaType;

    SourceFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension promises, or null when it promises none. */
    public static SourceFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }

    public static SourceFormat ofMediaType(String mediaType) {
        for (SourceFormat format : values()) {
            if (format.mediaType.equalsIgnoreCase(mediaType)) {
                return format;
            }
        }
        return null;
    }
}
