package dev.colloquy.api.excerpt;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The compare view on its own, for a teacher deciding whether a quote is worth an excerpt. */
@GraphQLApi
public class ExcerptGraph {

    @Query("compareQuote")
    @Description("A quote next to the transcript passage it renders; null when the importer found no source passage."
            + " Fails with NOT_FOUND for an unknown quote.")
    public QuoteComparison compareQuote(@NonNull @Id @Description("The quote's global ID.") String quoteId) {
        QuoteRow quote = QuoteRow.<QuoteRow>findByIdOptional(GlobalId.parse(quoteId, Quote.TYPE))
                .orElseThrow(() -> new NotFoundException("no quote with ID " + quoteId));
        return quote.passage == null ? null
                : new QuoteComparison(quote.text, quote.passage, quote.speaker, quote.similarity);
    }
}
