package dev.colloquy.core.entity;

import dev.colloquy.core.text.SpannedText;
import java.util.Objects;

/**
 * One occurrence of an entity in the source.
 *
 * @param exchange the ordinal of the exchange it sits in, or null when it sits in the article's own prose
 */
public record Mention(SpannedText text, Integer exchange) {

    public Mention {
        Objects.requireNonNull(text, "text");
        if (exchange != null && exchange < 1) {
            throw new IllegalArgumentException("exchange ordinals start at 1: " + exchange);
        }
    }
}
