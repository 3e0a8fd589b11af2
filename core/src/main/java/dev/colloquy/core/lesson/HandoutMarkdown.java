package dev.colloquy.core.lesson;

import dev.colloquy.core.lesson.Handout.Item;
import dev.colloquy.core.lesson.Handout.Term;
import java.util.LinkedHashSet;
import java.util.Set;

/** A handout as Markdown: headings, block quotes for excerpts, numbered questions, the sources at the end. */
public final class HandoutMarkdown {

    private HandoutMarkdown() {
    }

    public static String render(Handout handout) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(handout.title())).append("\n\n");
        if (handout.author() != null) {
            out.append("*Prepared by ").append(escape(handout.author())).append("*\n\n");
        }
        if (handout.introduction() != null && !handout.introduction().isBlank()) {
            out.append(escape(handout.introduction())).append("\n\n");
        }
        int number = 1;
        for (Item item : handout.items()) {
            out.append("## ").append(number++).append(". ").append(escape(item.heading())).append("\n\n");
            if (item.question() != null) {
                out.append("**Question:** ").append(escape(item.question())).append("\n\n");
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
        if (!handout.vocabulary().isEmpty()) {
            out.append("## Vocabulary\n\n");
            for (Term term : handout.vocabulary()) {
                out.append("- **").append(escape(term.word())).append("**: ").append(escape(term.definition())).append('\n');
            }
            out.append('\n');
        }
        sources(handout, out);
        return out.toString();
    }

    private static void quote(StringBuilder out, String text) {
        for (String line : text.split("\n", -1)) {
            out.append(line.isBlank() ? ">" : "> " + escape(line)).append('\n');
        }
        out.append('\n');
    }

    private static void sources(Handout handout, StringBuilder out) {
        Set<Handout.Citations> seen = new LinkedHashSet<>();
        handout.items().stream().map(Item::citations).filter(c -> c != null).forEach(seen::add);
        if (seen.isEmpty()) {
            return;
        }
        out.append("## Sources\n\n");
        for (Handout.Citations citation : seen) {
            out.append("- APA: ").append(escape(citation.apa())).append('\n');
            out.append("- MLA: ").append(escape(citation.mla())).append('\n');
            out.append("- Chicago: ").append(escape(citation.chicago())).append('\n');
        }
    }

    /** Characters that Markdown would read as markup are escaped, so the text prints as written. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
