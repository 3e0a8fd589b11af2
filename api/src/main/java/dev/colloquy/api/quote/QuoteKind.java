package dev.colloquy.api.quote;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The api's copy of the core quote kinds: its own so that the schema can describe every value. */
@Enum("QuoteKind")
@Description("How a quote appears on the page.")
public enum QuoteKind {
    @Description("Set apart by the page layout, usually with an attribution line.")
    PULL,
    @Description("Quoted in the article's own prose.")
    NARRATIVE,
    @Description("Quoted by a speaker inside an answer: one person reporting another's words.")
    EMBEDDED;

    public static QuoteKind of(dev.colloquy.core.quote.QuoteKind kind) {
        return valueOf(kind.name());
    }
}
