package dev.colloquy.api.search;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.entity.Entity;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.graphql.Page;
import dev.colloquy.api.graphql.PageRequest;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import dev.colloquy.api.search.IndexHit.Found;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
    SearchIndex index;

    @Inject
    EntityManager em;

    @Inject
    ExchangeGraph exchanges;

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
        checkQuery(query);
        PageRequest page = PageRequest.of(first, after, SearchHitConnection.NODE_TYPE);
        SearchFilter f = filter == null ? new SearchFilter() : filter;
        Limits.line("filter.articleSlug", f.articleSlug, Limits.FILTER_TEXT);
        Limits.text("filter.speaker", f.speaker, Limits.FILTER_TEXT);
        Long articleKey = f.articleId == null ? null : GlobalId.parse(f.articleId, Article.TYPE);
        if (f.articleSlug != null) {
            Long bySlug = ArticleRow.findBySlug(f.articleSlug).map(a -> a.id).orElse(-1L);
            articleKey = articleKey != null && !articleKey.equals(bySlug) ? Long.valueOf(-1L) : bySlug;
        }
        Long entityKey = f.entityId == null ? null : GlobalId.parse(f.entityId, Entity.TYPE);
        SearchQuery request = new SearchQuery(
                query,
                articleKey,
                f.speaker,
                entityKey,
                f.kinds == null || f.kinds.isEmpty() ? EnumSet.allOf(SearchHitKind.class) : EnumSet.copyOf(f.kinds));
        int offset = page.afterKey() == null ? 0 : depth(page.afterKey());
        Found found = index.search(request, offset, page.first());
        List<SearchHit> hits = new ArrayList<>();
        List<Long> ranks = new ArrayList<>();
        for (IndexHit hit : found.hits()) {
            int rank = offset + hits.size() + 1;
            hits.add(toHit(hit, rank));
            ranks.add((long) rank);
        }
        return new SearchHitConnection(
                new Page<>(hits, ranks, offset + hits.size() < found.total(), offset > 0, found.total()));
    }

    /** Bounds a query before Lucene sees it: each word becomes clauses, and Lucene refuses more than 1024. */
    private static void checkQuery(String query) {
        Limits.text("query", query, Limits.QUERY);
        long words = Arrays.stream(query.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .count();
        if (words > Limits.QUERY_WORDS) {
            throw new BadUserInputException("query has " + words + " words; the limit is " + Limits.QUERY_WORDS);
        }
    }

    /** The rank an after: cursor continues from; a search cursor is a rank, so a forged one may be huge. */
    private static int depth(long rank) {
        if (rank > Limits.SEARCH_DEPTH) {
            throw new BadUserInputException("after: search results can be paged through to rank " + Limits.SEARCH_DEPTH
                    + " at most; narrow the query instead");
        }
        return (int) rank;
    }

    private static SearchHit toHit(IndexHit hit, int rank) {
        List<Highlight> highlights = hit.snippet().matches().stream()
                .map(m -> new Highlight(
                        m[0],
                        m[1],
                        Segment.toSource(hit.segments(), m[0]),
                        Segment.toSource(hit.segments(), m[1]),
                        hit.text().substring(m[0], m[1])))
                .toList();
        Snippet snippet = new Snippet(
                hit.text().substring(hit.snippet().start(), hit.snippet().end()),
                hit.snippet().start(),
                hit.snippet().end(),
                highlights);
        return new SearchHit(hit.key(), hit.articleKey(), hit.kind(), hit.score(), rank, hit.text(), snippet);
    }

    @Description("The exchange that matched, when the hit is an exchange.")
    public List<Exchange> exchange(@Source List<SearchHit> hits) {
        return exchanges.forEach(hits, h -> h.kind() == SearchHitKind.EXCHANGE ? h.key() : null);
    }

    @Description("The quote that matched, when the hit is a quote.")
    public List<Quote> quote(@Source List<SearchHit> hits) {
        List<Long> keys = keysOf(hits, SearchHitKind.QUOTE);
        Map<Long, Quote> byKey = keys.isEmpty()
                ? Map.of()
                : em.createQuery("select q from QuoteRow q where q.id in :keys", QuoteRow.class)
                        .setParameter("keys", keys)
                        .getResultStream()
                        .map(Quote::of)
                        .collect(Collectors.toMap(Quote::key, Function.identity()));
        return hits.stream()
                .map(h -> h.kind() == SearchHitKind.QUOTE ? byKey.get(h.key()) : null)
                .toList();
    }

    @Description("The article the text belongs to.")
    public List<@NonNull Article> article(@Source List<SearchHit> hits) {
        Map<Long, Article> byKey = em.createQuery("select a from ArticleRow a where a.id in :keys", ArticleRow.class)
                .setParameter("keys", Batch.keys(hits, SearchHit::articleKey))
                .getResultStream()
                .map(Article::of)
                .collect(Collectors.toMap(Article::key, Function.identity()));
        return Batch.align(hits, SearchHit::articleKey, byKey, null);
    }

    private static List<Long> keysOf(List<SearchHit> hits, SearchHitKind kind) {
        return hits.stream()
                .filter(h -> h.kind() == kind)
                .map(SearchHit::key)
                .distinct()
                .toList();
    }
}
