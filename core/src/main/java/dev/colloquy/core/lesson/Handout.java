package dev.colloquy.core.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A lesson as a teacher hands it out: its title, the excerpts in order with her notes and questions, the
 * vocabulary, and the citations of every article it quotes. The renderers turn it into Markdown and into
 * printable HTML.
 */
public record Handout(String title, String author, String introduction, List<Item> items, List<Term> vocabulary) {

    public Handout {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
    }

    /**
     * One excerpt of the lesson.
     *
     * @param heading   where it comes from, e.g. "Al Majalla — exchange 7"
     * @param question  the interviewer's question, when the excerpt is (part of) an answer
     * @param text      the excerpt's exact text
     * @param speaker   who speaks the excerpt
     * @param citations the article's citation in APA, MLA and Chicago style
     * @param compare   for a quote, how the article rendered it, shown beside the source
     */
    public record Item(String heading, String question, String text, String speaker, String note,
            List<String> discussionQuestions, Citations citations, String compare, String readingLevel) {

        public Item {
            Objects.requireNonNull(text, "text");
            discussionQuestions = discussionQuestions == null ? List.of() : List.copyOf(discussionQuestions);
        }
    }

    /** The three citation styles of one article. */
    public record Citations(String apa, String mla, String chicago) {
    }

    /** A word and its meaning. */
    public record Term(String word, String definition) {
    }
}
