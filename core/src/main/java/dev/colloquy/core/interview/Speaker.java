package dev.colloquy.core.interview;

import java.util.Objects;

/** A person who takes part in an interview, with the role the article gives them. */
public record Speaker(String name, String role) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
    }
}
