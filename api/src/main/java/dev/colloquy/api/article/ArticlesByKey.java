package dev.colloquy.api.article;

import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.graphql.cache.KeptRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The article of each of a list of things (interviews, quotes, search hits), loaded in one statement at most. */
@ApplicationScoped
public class ArticlesByKey {

    @Inject
    EntityManager em;

    @Inject
    KeptRows kept;

    /** One article per source, in the sources' order. */
    public <S> List<Article> forEach(List<S> sources, ToLongFunction<S> articleKey) {
        Map<Long, Article> byKey = kept.load("article", Batch.keys(sources, articleKey), this::load);
        return Batch.align(sources, articleKey, byKey, null);
    }

    private Map<Long, Article> load(List<Long> keys) {
        return em.createQuery("select a from ArticleRow a where a.id in :keys", ArticleRow.class)
                .setParameter("keys", keys)
                .getResultStream()
                .map(Article::of)
                .collect(Collectors.toMap(Article::key, Function.identity()));
    }
}
