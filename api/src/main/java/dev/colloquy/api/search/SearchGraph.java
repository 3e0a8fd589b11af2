package dev.colloquy.api.search;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticlesByKey;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.graphql.PageRequest;
import dev.colloquy.api.graphql.cache.KeptRows;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Full-text search over the corpus; what a hit points at is loaded in one statement per page. */
@GraphQLApi
public class SearchGraph {

    @Inject
    SearchService searches;

    @Inject
    EntityManager em;

    @Inject
    ExchangeGraph exchanges;

    @Inject
    ArticlesByKey articles;

    @Inject
    KeptRows kept;

    @Query("search")
    @Description("Searches exchanges, quotes and lead paragraphs, best match first (BM25). Words are matched by their"
            + " stem in either British or American spelling (defense finds defence); \"quoted words\" must appear as a"
            + " phrase; -word excludes, +word requires, word* matches a prefix. Words typed together rank higher when"
            + " they appear close together.")
    public @NonNull SearchHitConnection search(
            @NonNull
                    @Description(
                            "What to look for, e.g. missile defense or \"position of strength\"; at most 500 characters"
                                    + " and 32 words.")
                    String query,
            @DefaultValue("20") @Description("How many hits to return, at most 100.") Integer first,
            @Description("Return the hits after this cursor (from the same query).") String after,
            @Description("Which texts to search; all when left out.") SearchFilter filter) {
        PageRequest page = PageRequest.of(first, after, SearchHitConnection.NODE_TYPE);
        return new SearchHitConnection(searches.search(query, page, filter));
    }

    @Description("The exchange that matched, when the hit is an exchange.")
    public List<Exchange> exchange(@Source List<SearchHit> hits) {
        return exchanges.forEach(hits, h -> h.kind() == SearchHitKind.EXCHANGE ? h.key() : null);
    }

    @Description("The quote that matched, when the hit is a quote.")
    public List<Quote> quote(@Source List<SearchHit> hits) {
        Map<Long, Quote> byKey = kept.load("quote", keysOf(hits, SearchHitKind.QUOTE), this::quotes);
        return hits.stream()
                .map(h -> h.kind() == SearchHitKind.QUOTE ? byKey.get(h.key()) : null)
                .toList();
    }

    @Description("The article the text belongs to.")
    public List<@NonNull Article> article(@Source List<SearchHit> hits) {
        return articles.forEach(hits, SearchHit::articleKey);
    }

    private Map<Long, Quote> quotes(List<Long> keys) {
        return em.createQuery("select q from QuoteRow q where q.id in :keys", QuoteRow.class)
                .setParameter("keys", keys)
                .getResultStream()
                .map(Quote::of)
                .collect(Collectors.toMap(Quote::key, Function.identity()));
    }

    private static List<Long> keysOf(List<SearchHit> hits, SearchHitKind kind) {
        return hits.stream()
                .filter(h -> h.kind() == kind)
                .map(SearchHit::key)
                .distinct()
                .toList();
    }
}
