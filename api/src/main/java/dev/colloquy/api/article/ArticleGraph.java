package dev.colloquy.api.article;

import dev.colloquy.api.entity.EntityConnection;
import dev.colloquy.api.entity.EntityGraph;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.interview.Interview;
import dev.colloquy.api.interview.InterviewRow;
import dev.colloquy.api.quote.QuoteConnection;
import dev.colloquy.api.quote.QuoteGraph;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Serves articles: the top-level queries and the fields of Article that need the database. */
@GraphQLApi
public class ArticleGraph {

    @Inject
    EntityManager em;

    @Inject
    ArticleCorrections corrections;

    @Inject
    Connections connections;

    @Inject
    QuoteGraph quotes;

    @Inject
    EntityGraph entities;

    @Query("articles")
    @Description("All articles of the corpus, oldest import first.")
    public @NonNull ArticleConnection articles(
            @DefaultValue("20") @Description("How many articles to return, at most 100.") Integer first,
            @Description("Return the articles after this cursor.") String after) {
        return connections.page(
                KeysetQuery.over(ArticleRow.class, "a", ""),
                first,
                after,
                Article.TYPE,
                Article::of,
                ArticleConnection::new);
    }

    @Query("article")
    @Description("The article with this slug, or null when there is none.")
    public Article article(@NonNull @Description("The article's slug.") String slug) {
        Limits.line("slug", slug, Limits.FILTER_TEXT);
        return ArticleRow.findBySlug(slug).map(Article::of).orElse(null);
    }

    @Mutation("correctArticleMetadata")
    @Description("Corrects an article's date, source URL, author, publication or headline where the import missed or"
            + " misread them. Needs the editor role. The corrections are kept apart from what the import found, so a"
            + " re-import of the article keeps them; citations and handouts use them at once.")
    public @NonNull Article correctArticleMetadata(
            @NonNull @Description("The article and the corrected values.") CorrectArticleMetadataInput input) {
        return corrections.correct(input);
    }

    @Description("The article's own paragraphs before the transcript, with their offsets into the source text.")
    public List<@NonNull List<@NonNull Paragraph>> leadParagraphs(@Source List<Article> articles) {
        List<LeadParagraphRow> rows = em.createQuery(
                        "select p from LeadParagraphRow p where p.article.id in :keys"
                                + " order by p.article.id, p.position",
                        LeadParagraphRow.class)
                .setParameter("keys", Batch.keys(articles, Article::key))
                .getResultList();
        Map<Long, List<Paragraph>> grouped =
                Batch.group(rows, row -> row.article.id, row -> new Paragraph(row.text, row.spanStart, row.spanEnd));
        return Batch.align(articles, Article::key, grouped, List.of());
    }

    @Description("The pictures on the page, in source order.")
    public List<@NonNull List<@NonNull Image>> images(@Source List<Article> articles) {
        List<ImageRow> rows = em.createQuery(
                        "select i from ImageRow i where i.article.id in :keys" + " order by i.article.id, i.position",
                        ImageRow.class)
                .setParameter("keys", Batch.keys(articles, Article::key))
                .getResultList();
        return Batch.align(articles, Article::key, Batch.group(rows, row -> row.article.id, Image::of), List.of());
    }

    @Description("The interview the article carries.")
    public List<Interview> interview(@Source List<Article> articles) {
        Map<Long, Interview> byArticle = em.createQuery(
                        "select i from InterviewRow i where i.article.id in :keys", InterviewRow.class)
                .setParameter("keys", Batch.keys(articles, Article::key))
                .getResultStream()
                .map(Interview::of)
                .collect(Collectors.toMap(Interview::articleKey, Function.identity()));
        return Batch.align(articles, Article::key, byArticle, null);
    }

    // Connection fields take arguments, so they are resolved per article: SmallRye batches a field under
    // one data loader whatever its arguments, and two aliases with different first: would get one answer.
    // A page of articles is at most 100, and each connection costs two statements.

    @Description("The quotes of this article, in source order.")
    public @NonNull QuoteConnection quotes(
            @Source Article article,
            @DefaultValue("20") @Description("How many quotes to return, at most 100.") Integer first,
            @Description("Return the quotes after this cursor.") String after) {
        return quotes.quotesOfArticle(article.key(), first, after);
    }

    @Description("The people, organisations, places, events and products this article mentions.")
    public @NonNull EntityConnection entities(
            @Source Article article,
            @DefaultValue("20") @Description("How many entities to return, at most 100.") Integer first,
            @Description("Return the entities after this cursor.") String after) {
        return entities.entitiesOfArticle(article.key(), first, after);
    }
}
