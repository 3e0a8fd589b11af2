package dev.colloquy.core.lesson;

import dev.colloquy.core.excerpt.Citation.Styled;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A lesson as a teacher hands it out: its title, who prepared it, the excerpts in order with her notes and
 * questions, the vocabulary, and the citations of every article it quotes. {@link HandoutMarkdown} turns it
 * into Markdown; the api renders the printable HTML from a template.
 *
 * @param preparedBy the teacher's name as the class knows it (a display name, not a login), or null
 */
public record Handout(String title, String preparedBy, String introduction, List<Item> items, List<Term> vocabulary) {

    public Handout {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
    }

    /** The citations of the articles quoted, each once, in the order the excerpts first quote them. */
    public List<Citations> sources() {
        LinkedHashSet<Citations> seen = new LinkedHashSet<>();
        items.stream().map(Item::citations).filter(Objects::nonNull).forEach(seen::add);
        return List.copyOf(seen);
    }

    /**
     * One excerpt of the lesson.
     *
     * @param heading   what the excerpt is about, as a teacher would title it (hers, or made from the speaker
     *                  and the question's first words)
     * @param credit    where it comes from: publication, date, who was interviewed by whom
     * @param asker     who asked the question, when known
     * @param question  the interviewer's question, when the excerpt is (part of) an answer
     * @param text      the excerpt's exact text
     * @param speaker   who speaks the excerpt
     * @param citations the article's citation in APA, MLA and Chicago style
     * @param compare   for a quote, how the article rendered it, shown beside the source
     */
    public record Item(
            String heading,
            String credit,
            String asker,
            String question,
            String text,
            String speaker,
            String note,
            List<String> discussionQuestions,
            Citations citations,
            String compare,
            String readingLevel) {

        public Item {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
            discussionQuestions = discussionQuestions == null ? List.of() : List.copyOf(discussionQuestions);
        }
    }

    /** The three citation styles of one article, with the publication in italics. */
    public record Citations(Styled apa, Styled mla, Styled chicago) {}

    /** A word and its meaning. */
    public record Term(String word, String definition) {}
}
