package dev.colloquy.api.search;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.entity.Entity;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.graphql.Page;
import dev.colloquy.api.graphql.PageRequest;
import dev.colloquy.api.search.IndexHit.Found;
import dev.colloquy.api.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Search as a service: bounds the query and filter, resolves the filter's article and entity, asks the index for a
 * page and turns its hits into the schema's hits with snippets whose highlights point into the source. The GraphQL
 * resolver only parses the page request and wraps the page in a connection.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    Inputs inputs;

    @Inject
    SearchIndex index;

    /** One page of hits for a query, best first; BAD_USER_INPUT for a query or filter out of bounds. */
    public Page<SearchHit> search(String query, PageRequest page, SearchFilter filter) {
        checkQuery(query);
        SearchFilter f = filter == null ? new SearchFilter() : filter;
        inputs.valid("filter", f);
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
        return new Page<>(hits, ranks, offset + hits.size() < found.total(), offset > 0, found.total());
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
}
