package dev.colloquy.importer;

/**
 * A document the importer cannot turn into an article. The message is one line a developer can act on:
 * it names the document, the line when there is one, and the reason.
 */
public class ImportException extends Exception {

    private final String document;
    private final String reason;
    private final int line;

    public ImportException(String document, String reason) {
        this(document, 0, reason);
    }

    /**
     * A defect of the importer's own met on this document: the cause is kept for the log of whoever runs the
     * importer, the reason is what a person sees.
     */
    public ImportException(String document, String reason, Throwable cause) {
        this(document, 0, reason);
        initCause(cause);
    }

    public ImportException(String document, int line, String reason) {
        super(document + (line > 0 ? ":" + line : "") + ": " + reason);
        this.document = document;
        this.reason = reason;
        this.line = line;
    }

    /** The name of the document that failed. */
    public String document() {
        return document;
    }

    /** Why it failed, without the document's name. */
    public String reason() {
        return reason;
    }

    /** True when the importer failed on a defect of its own, not on what the document holds. */
    public boolean isDefect() {
        return getCause() != null;
    }

    /** The 1-based line the problem was found on, or 0 when it concerns the whole document. */
    public int line() {
        return line;
    }
}
