package dev.colloquy.core.exchange;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import java.util.List;
import java.util.stream.Collectors;

/** What one side says between two changes of speaker: one or more paragraphs in source order. */
public record Turn(Speaker speaker, List<SpannedText> paragraphs) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Turn {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a turn has at least one paragraph");
        }
        for (int i = 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).start() < paragraphs.get(i - 1).end()) {
                throw new IllegalArgumentException("turn paragraphs must be in source order without overlap");
            }
        }
    }

    /** The whole turn, paragraphs joined by a blank line. */
    public String text() {
        return paragraphs.stream().map(SpannedText::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
    }

    /** From the first character of the first paragraph to the last of the last. */
    public Span span() {
        return paragraphs
                .get(0)
                .span()
                .union(paragraphs.get(paragraphs.size() - 1).span());
    }
}
