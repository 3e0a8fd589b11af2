package dev.colloquy.api.interview;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticlesByKey;
import dev.colloquy.api.entity.Entity;
import dev.colloquy.api.entity.EntityType;
import dev.colloquy.api.entity.NamedEntityRow;
import dev.colloquy.api.exchange.ExchangeConnection;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.graphql.Batch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Serves the fields of Interview and Speaker that need the database. */
@GraphQLApi
public class InterviewGraph {

    @Inject
    EntityManager em;

    @Inject
    ExchangeGraph exchanges;

    @Inject
    ArticlesByKey articles;

    @Description("The article that carries this interview.")
    public List<@NonNull Article> article(@Source List<Interview> interviews) {
        return articles.forEach(interviews, Interview::articleKey);
    }

    // Connection fields take arguments, so they are resolved per parent: SmallRye batches a field under
    // one data loader whatever its arguments, and two aliases with different first: would get one answer.
    @Description("The exchanges of the transcript, in order.")
    public @NonNull ExchangeConnection exchanges(
            @Source Interview interview,
            @DefaultValue("20") @Description("How many exchanges to return, at most 100.") Integer first,
            @Description("Return the exchanges after this cursor.") String after) {
        return exchanges.exchangesOfInterview(interview.key(), first, after);
    }

    @Description("The entity this speaker is, among the entities of the same article, when the importer found one.")
    public List<Entity> entity(@Source List<Speaker> speakers) {
        List<NamedEntityRow> people = em.createQuery(
                        "select n from NamedEntityRow n where n.article.id in :articles"
                                + " and n.type = :person order by n.position",
                        NamedEntityRow.class)
                .setParameter("articles", Batch.keys(speakers, Speaker::articleKey))
                .setParameter("person", EntityType.PERSON)
                .getResultList();
        return speakers.stream()
                .map(speaker -> people.stream()
                        .filter(p -> p.article.id == speaker.articleKey())
                        .filter(p ->
                                p.name.equals(speaker.name()) || p.aliasList().contains(speaker.name()))
                        .findFirst()
                        .map(Entity::of)
                        .orElse(null))
                .toList();
    }
}
