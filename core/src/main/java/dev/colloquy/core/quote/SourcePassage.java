package dev.colloquy.core.quote;

import dev.colloquy.core.text.SpannedText;
import java.util.Objects;

/**
 * The sentences of an answer that a quote renders, found across paraphrase.
 *
 * @param exchange   ordinal of the exchange whose answer holds the passage
 * @param similarity how closely the quote matches the passage, from 0 to 1
 */
public record SourcePassage(int exchange, SpannedText passage, double similarity) {

    public SourcePassage {
        if (exchange < 1) {
            throw new IllegalArgumentException("exchange ordinals start at 1: " + exchange);
        }
        Objects.requireNonNull(passage, "passage");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must lie in [0, 1]: " + similarity);
        }
    }
}
