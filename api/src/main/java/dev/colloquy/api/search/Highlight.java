package dev.colloquy.api.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Matched words, located twice: in the hit's text and in the article's source text. */
@Type("Highlight")
@Description(
        "Words of a snippet that match the query. hit.text[start, end) and the source text[sourceStart, sourceEnd) are exactly these words.")
public record Highlight(
        @Description("Offset of the first matched character in the hit's text (UTF-16 code units, from 0).")
        int start,

        @Description("Offset just past the last matched character in the hit's text.")
        int end,

        @Description("Offset of the first matched character in the source text of the article's current revision.")
        int sourceStart,

        @Description("Offset just past the last matched character in the source text.")
        int sourceEnd,

        @NonNull @Description("The matched words as written, e.g. \"missile defence\" for the query missile defense.")
        String text) {}
