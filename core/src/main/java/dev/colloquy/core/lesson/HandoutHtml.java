package dev.colloquy.core.lesson;

import dev.colloquy.core.lesson.Handout.Item;
import dev.colloquy.core.lesson.Handout.Term;
import java.util.LinkedHashSet;
import java.util.Set;

/** A handout as one self-contained, printable HTML page (inline print styles, no scripts, no fetches). */
public final class HandoutHtml {

    private static final String STYLE = """
            body{font-family:Georgia,serif;max-width:42rem;margin:2rem auto;line-height:1.5;color:#111}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
            blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #555;background:#f6f6f6}
            .speaker,.level{font-style:italic;color:#444}.compare{border-left-color:#999}
            .sources{font-size:.9rem}@media print{body{margin:0}h2{break-after:avoid}blockquote{break-inside:avoid}}
            """;

    private HandoutHtml() {
    }

    public static String render(Handout handout) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(handout.title())).append("</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(escape(handout.title())).append("</h1>\n");
        if (handout.author() != null) {
            out.append("<p class=\"speaker\">Prepared by ").append(escape(handout.author())).append("</p>\n");
        }
        if (handout.introduction() != null && !handout.introduction().isBlank()) {
            out.append("<p>").append(escape(handout.introduction())).append("</p>\n");
        }
        int number = 1;
        for (Item item : handout.items()) {
            item(out, number++, item);
        }
        if (!handout.vocabulary().isEmpty()) {
            out.append("<h2>Vocabulary</h2>\n<dl>\n");
            for (Term term : handout.vocabulary()) {
                out.append("<dt>").append(escape(term.word())).append("</dt><dd>").append(escape(term.definition()))
                        .append("</dd>\n");
            }
            out.append("</dl>\n");
        }
        sources(handout, out);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void item(StringBuilder out, int number, Item item) {
        out.append("<section>\n<h2>").append(number).append(". ").append(escape(item.heading())).append("</h2>\n");
        if (item.question() != null) {
            out.append("<p><strong>Question:</strong> ").append(escape(item.question())).append("</p>\n");
        }
        out.append("<blockquote>").append(paragraphs(item.text())).append("</blockquote>\n");
        if (item.speaker() != null) {
            out.append("<p class=\"speaker\">— ").append(escape(item.speaker())).append("</p>\n");
        }
        if (item.compare() != null) {
            out.append("<p><strong>As the article put it:</strong></p>\n<blockquote class=\"compare\">")
                    .append(paragraphs(item.compare())).append("</blockquote>\n");
        }
        if (item.readingLevel() != null) {
            out.append("<p class=\"level\">Reading level: ").append(escape(item.readingLevel())).append("</p>\n");
        }
        if (item.note() != null && !item.note().isBlank()) {
            out.append("<p><strong>Note:</strong> ").append(escape(item.note())).append("</p>\n");
        }
        if (!item.discussionQuestions().isEmpty()) {
            out.append("<ol>\n");
            item.discussionQuestions().forEach(q -> out.append("<li>").append(escape(q)).append("</li>\n"));
            out.append("</ol>\n");
        }
        out.append("</section>\n");
    }

    private static void sources(Handout handout, StringBuilder out) {
        Set<Handout.Citations> seen = new LinkedHashSet<>();
        handout.items().stream().map(Item::citations).filter(c -> c != null).forEach(seen::add);
        if (seen.isEmpty()) {
            return;
        }
        out.append("<h2>Sources</h2>\n<ul class=\"sources\">\n");
        for (Handout.Citations citation : seen) {
            out.append("<li>APA: ").append(escape(citation.apa())).append("</li>\n")
                    .append("<li>MLA: ").append(escape(citation.mla())).append("</li>\n")
                    .append("<li>Chicago: ").append(escape(citation.chicago())).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            out.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
