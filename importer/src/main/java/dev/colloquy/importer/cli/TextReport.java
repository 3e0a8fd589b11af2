package dev.colloquy.importer.cli;

import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.Image;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.interview.Interview;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.text.SpannedText;
import java.util.List;

/** The human-readable report: what was found, in the order a developer checks it. */
final class TextReport {

    private static final int PREVIEW = 70;

    private TextReport() {}

    static String render(List<ParsedArticle> articles) {
        StringBuilder out = new StringBuilder();
        for (ParsedArticle parsed : articles) {
            if (out.length() > 0) {
                out.append('\n');
            }
            render(parsed, out);
        }
        return out.toString();
    }

    private static void render(ParsedArticle parsed, StringBuilder out) {
        Article article = parsed.article();
        Interview interview = parsed.interview();
        out.append("== ").append(parsed.source().origin().name()).append('\n');
        line(out, "headline", article.headline().text());
        line(out, "slug", article.slug());
        line(out, "standfirst", text(article.standfirst()));
        line(out, "publication", article.publication());
        line(out, "dateline", text(article.dateline()));
        line(
                out,
                "published on",
                article.publishedOn() == null ? null : article.publishedOn().toString());
        line(
                out,
                "read as",
                parsed.source().origin().mediaType()
                        + (parsed.source().origin().sourceUrl() == null
                                ? ""
                                : ", from " + parsed.source().origin().sourceUrl()));
        line(out, "interviewee", speaker(interview.interviewee()));
        line(out, "interviewer", speaker(interview.interviewer()));
        line(
                out,
                "counts",
                article.leadParagraphs().size() + " lead paragraphs, "
                        + interview.exchanges().size() + " exchanges, "
                        + parsed.quotes().size() + " quotes, "
                        + parsed.entities().size() + " entities, "
                        + article.images().size() + " images, "
                        + parsed.warnings().size() + " warnings");
        line(out, "transcript intro", text(article.transcriptIntro()));
        out.append("exchanges:\n");
        for (Exchange exchange : interview.exchanges()) {
            out.append(String.format(
                    "  %2d. Q %s%n      A %s (%d paragraph%s, confidence %.2f)%n",
                    exchange.ordinal(),
                    preview(exchange.question().text()),
                    preview(exchange.answer().text()),
                    exchange.answer().paragraphs().size(),
                    exchange.answer().paragraphs().size() == 1 ? "" : "s",
                    exchange.confidence()));
        }
        if (!parsed.quotes().isEmpty()) {
            out.append("quotes:\n");
            for (Quote quote : parsed.quotes()) {
                out.append("  ")
                        .append(quote.kind())
                        .append(quote.speaker() == null ? ", speaker unknown" : " by " + quote.speaker())
                        .append(": ")
                        .append(preview(quote.text().text()));
                if (quote.source() != null) {
                    out.append(String.format(
                            " (renders exchange %d, similarity %.2f)",
                            quote.source().exchange(), quote.source().similarity()));
                }
                out.append('\n');
            }
        }
        if (!parsed.entities().isEmpty()) {
            out.append("entities:\n");
            for (var entity : parsed.entities()) {
                out.append("  ")
                        .append(entity.name())
                        .append(" (")
                        .append(entity.type())
                        .append(", ")
                        .append(entity.mentions().size())
                        .append(entity.mentions().size() == 1 ? " mention" : " mentions")
                        .append(entity.aliases().isEmpty() ? "" : "; also " + String.join(", ", entity.aliases()))
                        .append(")\n");
            }
        }
        if (!article.images().isEmpty()) {
            out.append("images:\n");
            for (Image image : article.images()) {
                out.append("  ")
                        .append(preview(text(image.caption())))
                        .append(" (credit: ")
                        .append(text(image.credit()))
                        .append(")\n");
            }
        }
        if (!parsed.warnings().isEmpty()) {
            out.append("warnings:\n");
            for (ImportWarning warning : parsed.warnings()) {
                out.append("  ").append(warning).append('\n');
            }
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-17s %s%n", label + ":", value == null ? "(not found)" : value));
    }

    private static String text(SpannedText piece) {
        return piece == null ? null : piece.text();
    }

    private static String speaker(Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        return speaker.role() == null ? speaker.name() : speaker.name() + " (" + speaker.role() + ")";
    }

    private static String preview(String text) {
        String squeezed = text.replaceAll("\\s+", " ");
        return squeezed.length() <= PREVIEW ? squeezed : squeezed.substring(0, PREVIEW) + "…";
    }
}
