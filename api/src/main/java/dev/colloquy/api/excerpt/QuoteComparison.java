package dev.colloquy.api.excerpt;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The compare view: how the article quoted someone, beside what the transcript says they said. */
@Type("QuoteComparison")
@Description("A quote as the article printed it next to the transcript passage it renders.")
public record QuoteComparison(
        @NonNull @Description("The quote as the article printed it.")
        String quoted,

        @NonNull @Description("The transcript passage it came from (the excerpt's text).")
        String passage,

        @Description("Who the quote is attributed to, when known.")
        String speaker,

        @Description("How closely quote and passage match, from 0 to 1, when the importer measured it.")
        Double similarity) {}
