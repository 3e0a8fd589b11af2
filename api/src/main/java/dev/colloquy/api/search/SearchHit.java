package dev.colloquy.api.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One ranked result; exchange, quote and article are resolved in batches by {@link SearchGraph}. */
@Type("SearchHit")
@Description("A text that matches a search, with its rank score and its best snippet.")
public record SearchHit(
        @Ignore long key,
        @Ignore long articleKey,

        @NonNull @Description("What kind of text matched: an exchange, a quote or a lead paragraph.")
        SearchHitKind kind,

        @Description("The BM25 relevance score; hits come best first. Only comparable within one search.")
        double score,

        @Description("1-based position in the ranking.") int rank,

        @NonNull
        @Description(
                "The text that was searched, which highlight offsets refer to. For an exchange: the question's paragraphs, then the answer's, joined by blank lines.")
        String text,

        @NonNull @Description("The best matching passage with the matched words.")
        Snippet snippet) {}
