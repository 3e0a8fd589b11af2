package dev.colloquy.api.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A paragraph with its span, so a client can highlight it in the source. */
@Type("Paragraph")
@Description("A paragraph with its position in the source text of the article's current revision.")
public record Paragraph(
        @NonNull @Description("The paragraph's text.") String text,

        @Description("Offset of its first character in the source text (UTF-16 code units, from 0).")
        int start,

        @Description("Offset just past its last character in the source text.")
        int end) {}
