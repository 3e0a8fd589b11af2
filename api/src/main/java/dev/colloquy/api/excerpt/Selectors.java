package dev.colloquy.api.excerpt;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Both selectors of an excerpt, as they stand against the article's current text. */
@Type("Selectors")
@Description("Where an excerpt is in its article's source text, as W3C Web Annotation selectors.")
public record Selectors(
        @NonNull @Description("The words and their context; finds the excerpt again after edits.")
        QuoteSelector quote,

        @Description("The offsets in the current source text; null when the words are no longer found.")
        PositionSelector position) {}
