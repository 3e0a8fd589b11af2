package dev.colloquy.core.quote;

import dev.colloquy.core.text.SpannedText;
import java.util.Objects;

/**
 * Words attributed to a speaker.
 *
 * @param speaker     the person the words are attributed to, when the importer could tell
 * @param attribution the line or cue that names the speaker ("Rutte said", "NATO Secretary General, Mark Rutte")
 * @param exchange    for an EMBEDDED quote, the exchange it sits in
 * @param source      for PULL and NARRATIVE quotes, the passage of the transcript it renders, if one does
 */
public record Quote(
        QuoteKind kind,
        SpannedText text,
        String speaker,
        SpannedText attribution,
        Integer exchange,
        SourcePassage source) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (exchange != null && exchange < 1) {
            throw new IllegalArgumentException("exchange ordinals start at 1: " + exchange);
        }
    }

    public Quote withSource(SourcePassage newSource) {
        return new Quote(kind, text, speaker, attribution, exchange, newSource);
    }
}
