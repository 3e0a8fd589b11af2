package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.Citation;
import dev.colloquy.core.excerpt.Citation.Part;
import dev.colloquy.core.excerpt.Citation.Styled;
import dev.colloquy.core.lesson.Handout;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The article's citation in three styles, each as plain text and as an HTML fragment whose only markup is
 * {@code <i>} around the publication's name (the styles set it in italics; plain text cannot show that).
 */
@Type("Citations")
@Description(
        "How to cite the article an excerpt comes from, in three styles. An article around an interview is cited"
                + " as a published interview: interviewee first, \"Interview by\" the interviewer. Each style comes as plain text"
                + " (italics lost) and as HTML (…Html) in which the publication's name is in <i>…</i> and all else is escaped text.")
public record Citations(
        @NonNull @Description("APA 7th edition, plain text.")
        String apa,

        @NonNull @Description("MLA 9th edition, plain text.")
        String mla,

        @NonNull @Description("Chicago 17th edition, notes and bibliography (bibliography entry), plain text.")
        String chicago,

        @NonNull @Description("APA 7th edition as an HTML fragment with the publication in <i>.")
        String apaHtml,

        @NonNull @Description("MLA 9th edition as an HTML fragment with the publication in <i>.")
        String mlaHtml,

        @NonNull @Description("Chicago 17th edition as an HTML fragment with the publication in <i>.")
        String chicagoHtml,

        @Ignore Handout.Citations styled) {

    static Citations of(Citation citation) {
        Styled apa = citation.apa();
        Styled mla = citation.mla();
        Styled chicago = citation.chicago();
        return new Citations(
                apa.plain(),
                mla.plain(),
                chicago.plain(),
                html(apa),
                html(mla),
                html(chicago),
                new Handout.Citations(apa, mla, chicago));
    }

    /** The runs as HTML: text escaped, italic runs in {@code <i>}. */
    public static String html(Styled styled) {
        StringBuilder out = new StringBuilder();
        for (Part part : styled.parts()) {
            out.append(part.italic() ? "<i>" + escape(part.text()) + "</i>" : escape(part.text()));
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
