package dev.colloquy.api;

import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.entity.EntityType;
import dev.colloquy.api.entity.MentionRow;
import dev.colloquy.api.entity.NamedEntityRow;
import dev.colloquy.api.exchange.ExchangeRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes rows the importer does not produce yet (entities arrive in a later issue), so that the schema's
 * entity fields can be tested now.
 */
@ApplicationScoped
public class TestData {

    /** The source text of the article's current revision, which every offset of the API points into. */
    @Transactional
    public String sourceText(String slug) {
        return ArticleRow.findBySlug(slug).orElseThrow().currentSource.text;
    }

    /** Adds an entity to an article with one mention in each of the given exchanges; returns its key. */
    @Transactional
    public long addEntity(String slug, String name, EntityType type, List<String> aliases, List<Integer> ordinals) {
        ArticleRow article = ArticleRow.findBySlug(slug).orElseThrow();
        NamedEntityRow entity = new NamedEntityRow();
        entity.article = article;
        entity.position = 1000;
        entity.name = name;
        entity.type = type;
        entity.setAliasList(aliases);
        entity.persist();
        for (int ordinal : ordinals) {
            ExchangeRow exchange = ExchangeRow.<ExchangeRow>find(
                            "interview.article.id = ?1 and ordinal = ?2", article.id, ordinal)
                    .firstResult();
            MentionRow mention = new MentionRow();
            mention.entity = entity;
            mention.exchange = exchange;
            mention.text = name;
            mention.spanStart = exchange.spanStart;
            mention.spanEnd = exchange.spanStart + 1;
            mention.persist();
        }
        return entity.id;
    }
}
