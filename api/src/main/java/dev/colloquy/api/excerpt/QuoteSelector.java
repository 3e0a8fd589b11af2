package dev.colloquy.api.excerpt;

import dev.colloquy.core.excerpt.TextQuoteSelector;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The W3C Web Annotation TextQuoteSelector of an excerpt. */
@Type("TextQuoteSelector")
@Description("A W3C Web Annotation TextQuoteSelector: the exact words with a little context on either side.")
public record QuoteSelector(
        @NonNull @Description("Always \"TextQuoteSelector\", the W3C type name.")
        String type,

        @NonNull @Description("The selected text, exactly.") String exact,

        @NonNull @Description("Up to 32 characters just before the selection.")
        String prefix,

        @NonNull @Description("Up to 32 characters just after the selection.")
        String suffix) {

    static QuoteSelector of(TextQuoteSelector selector) {
        return new QuoteSelector("TextQuoteSelector", selector.exact(), selector.prefix(), selector.suffix());
    }
}
