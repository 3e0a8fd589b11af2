package dev.colloquy.core.source;

import java.util.Objects;

/**
 * Something the importer was unsure of, with the line of the source it concerns.
 *
 * @param code    a stable, machine-readable code such as {@code UNCERTAIN_QUESTION}
 * @param message what a developer should look at, in a sentence
 * @param line    1-based line number in the source document
 */
public record ImportWarning(String code, String message, int line) {

    public ImportWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + code + ": " + message;
    }
}
