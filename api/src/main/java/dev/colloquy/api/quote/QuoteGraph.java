package dev.colloquy.api.quote;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticlesByKey;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.validation.Inputs;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Serves quotes: the top-level list and the fields of Quote that need the database. */
@GraphQLApi
public class QuoteGraph {

    @Inject
    Inputs inputs;

    @Inject
    EntityManager em;

    @Inject
    Connections connections;

    @Inject
    ExchangeGraph exchanges;

    @Inject
    ArticlesByKey articles;

    @Query("quotes")
    @Description("Quotes across the corpus, in import and source order, optionally filtered.")
    public @NonNull QuoteConnection quotes(
            @DefaultValue("20") @Description("How many quotes to return, at most 100.") Integer first,
            @Description("Return the quotes after this cursor.") String after,
            @Description("Which quotes to return; all when left out.") QuoteFilter filter) {
        QuoteFilter f = filter == null ? new QuoteFilter() : filter;
        inputs.valid("filter", f);
        return connections.page(
                KeysetQuery.over(QuoteRow.class, "q", "")
                        .where("q.speaker = :speaker", "speaker", f.speaker)
                        .where("q.kind = :kind", "kind", f.kind)
                        .where("q.article.slug = :slug", "slug", f.articleSlug),
                first,
                after,
                Quote.TYPE,
                Quote::of,
                QuoteConnection::new);
    }

    /** The quotes of one article, in source order. */
    public QuoteConnection quotesOfArticle(long articleKey, Integer first, String after) {
        return connections.page(
                KeysetQuery.over(QuoteRow.class, "q", "").where("q.article.id = :article", "article", articleKey),
                first,
                after,
                Quote.TYPE,
                Quote::of,
                QuoteConnection::new);
    }

    /** The quotes whose text contains a mention of the entity, or which the entity is the speaker of. */
    public QuoteConnection quotesOfEntity(long entityKey, String entityName, Integer first, String after) {
        return connections.page(
                KeysetQuery.over(QuoteRow.class, "q", "")
                        .where(
                                "(q.speaker = :name or exists (select m.id from MentionRow m where m.entity.id = :entity"
                                        + " and m.spanStart >= q.spanStart and m.spanEnd <= q.spanEnd))"
                                        + " and q.article.id = (select n.article.id from NamedEntityRow n where n.id = :entity)",
                                Map.of("entity", entityKey, "name", entityName)),
                first,
                after,
                Quote.TYPE,
                Quote::of,
                QuoteConnection::new);
    }

    @Description("The article the quote appears in.")
    public List<@NonNull Article> article(@Source List<Quote> quotes) {
        return articles.forEach(quotes, Quote::articleKey);
    }

    @Description("The exchange whose answer this quote renders, when one does.")
    public List<Exchange> sourceExchange(@Source List<Quote> quotes) {
        return exchanges.forEach(quotes, Quote::sourceExchangeKey);
    }

    @Description("For a quote one speaker reports inside a turn (EMBEDDED): the exchange it sits in; null otherwise.")
    public List<Exchange> exchange(@Source List<Quote> quotes) {
        return exchanges.forEach(quotes, Quote::inExchangeKey);
    }
}
