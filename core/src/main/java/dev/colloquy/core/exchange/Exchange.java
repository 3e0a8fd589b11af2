package dev.colloquy.core.exchange;

import dev.colloquy.core.text.Span;
import java.util.Objects;

/**
 * One question and the answer that follows it.
 *
 * @param ordinal    1-based position in the transcript
 * @param confidence how sure the importer is of this exchange's boundaries, from 0 to 1
 */
public record Exchange(int ordinal, Turn question, Turn answer, double confidence) {

    public Exchange {
        if (ordinal < 1) {
            throw new IllegalArgumentException("exchange ordinals start at 1: " + ordinal);
        }
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (answer.span().start() < question.span().end()) {
            throw new IllegalArgumentException("exchange " + ordinal + ": the answer must follow the question");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    public Span span() {
        return question.span().union(answer.span());
    }
}
