package dev.colloquy.core.lesson;

import dev.colloquy.core.excerpt.Citation.Part;
import dev.colloquy.core.excerpt.Citation.Styled;
import dev.colloquy.core.lesson.Handout.Item;
import dev.colloquy.core.lesson.Handout.Term;

/**
 * A handout as Markdown: a name and date line, headings, block quotes for excerpts, numbered questions, the
 * sources at the end with the publications in *italics*. The printable HTML is the api's template.
 */
public final class HandoutMarkdown {

    /** Escaped underscores: a bare run of them would be read as a rule or as emphasis. */
    private static final String BLANK = "\\_".repeat(16);

    private HandoutMarkdown() {}

    public static String render(Handout handout) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(handout.title())).append("\n\n");
        out.append("Name: ").append(BLANK).append(" Date: ").append(BLANK).append("\n\n");
        if (handout.preparedBy() != null) {
            out.append("*Prepared by ").append(escape(handout.preparedBy())).append("*\n\n");
        }
        if (handout.introduction() != null && !handout.introduction().isBlank()) {
            out.append(escape(handout.introduction())).append("\n\n");
        }
        int number = 1;
        for (Item item : handout.items()) {
            item(out, number++, item);
        }
        if (!handout.vocabulary().isEmpty()) {
            out.append("## Vocabulary\n\n");
            for (Term term : handout.vocabulary()) {
                out.append("- **")
                        .append(escape(term.word()))
                        .append("**: ")
                        .append(escape(term.definition()))
                        .append('\n');
            }
            out.append('\n');
        }
        sources(handout, out);
        return out.toString();
    }

    private static void item(StringBuilder out, int number, Item item) {
        out.append("## ")
                .append(number)
                .append(". ")
                .append(escape(item.heading()))
                .append("\n\n");
        if (item.credit() != null) {
            out.append('*').append(escape(item.credit())).append("*\n\n");
        }
        if (item.question() != null) {
            String asked = item.asker() == null ? "Question" : item.asker() + " asked";
            out.append("**")
                    .append(escape(asked))
                    .append(":** ")
                    .append(escape(item.question()))
                    .append("\n\n");
        }
        quote(out, item.text());
        if (item.speaker() != null) {
            out.append("— ").append(escape(item.speaker())).append("\n\n");
        }
        if (item.compare() != null) {
            out.append("**As the article put it:**\n\n");
            quote(out, item.compare());
        }
        if (item.readingLevel() != null) {
            out.append("*Reading level: ").append(escape(item.readingLevel())).append("*\n\n");
        }
        if (item.note() != null && !item.note().isBlank()) {
            out.append("**Note:** ").append(escape(item.note())).append("\n\n");
        }
        int question = 1;
        for (String discussion : item.discussionQuestions()) {
            out.append(question++).append(". ").append(escape(discussion)).append('\n');
        }
        if (!item.discussionQuestions().isEmpty()) {
            out.append('\n');
        }
    }

    private static void quote(StringBuilder out, String text) {
        for (String line : text.split("\n", -1)) {
            out.append(line.isBlank() ? ">" : "> " + escape(line)).append('\n');
        }
        out.append('\n');
    }

    private static void sources(Handout handout, StringBuilder out) {
        if (handout.sources().isEmpty()) {
            return;
        }
        out.append("## Sources\n\n");
        for (Handout.Citations citation : handout.sources()) {
            out.append("- APA: ").append(styled(citation.apa())).append('\n');
            out.append("- MLA: ").append(styled(citation.mla())).append('\n');
            out.append("- Chicago: ").append(styled(citation.chicago())).append('\n');
        }
    }

    /** A citation with its italic runs between asterisks, the rest escaped. */
    public static String styled(Styled citation) {
        StringBuilder out = new StringBuilder();
        for (Part part : citation.parts()) {
            out.append(part.italic() ? "*" + escape(part.text()) + "*" : escape(part.text()));
        }
        return out.toString();
    }

    /** Characters that Markdown would read as markup are escaped, so the text prints as written. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
