package dev.colloquy.api.excerpt;

import dev.colloquy.api.graphql.GlobalId;
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
    @Description("A quote next to the transcript passage it renders; null when there is no such quote or the importer"
            + " found no source passage. A malformed ID, or the ID of something else, is BAD_USER_INPUT.")
    public QuoteComparison compareQuote(@NonNull @Id @Description("The quote's global ID.") String quoteId) {
        return QuoteRow.<QuoteRow>findByIdOptional(GlobalId.parse(quoteId, Quote.TYPE))
                .filter(quote -> quote.passage != null)
                .map(quote -> new QuoteComparison(quote.text, quote.passage, quote.speaker, quote.similarity))
                .orElse(null);
    }
}
