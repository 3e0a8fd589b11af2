package dev.colloquy.api.entity;

import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeConnection;
import dev.colloquy.api.exchange.ExchangeGraph;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.graphql.PageRequest;
import dev.colloquy.api.quote.QuoteConnection;
import dev.colloquy.api.quote.QuoteGraph;
import dev.colloquy.api.validation.Inputs;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Serves entities: the top-level queries and the fields of Entity that need the database. */
@GraphQLApi
public class EntityGraph {

    @Inject
    Inputs inputs;

    @Inject
    EntityManager em;

    @Inject
    Connections connections;

    @Inject
    ExchangeGraph exchanges;

    @Inject
    QuoteGraph quotes;

    @Query("entities")
    @Description("Entities across the corpus, in import and source order, optionally filtered.")
    public @NonNull EntityConnection entities(
            @DefaultValue("20") @Description("How many entities to return, at most 100.") Integer first,
            @Description("Return the entities after this cursor.") String after,
            @Description("Which entities to return; all when left out.") EntityFilter filter) {
        EntityFilter f = filter == null ? new EntityFilter() : filter;
        inputs.valid("filter", f);
        return connections.page(
                KeysetQuery.over(NamedEntityRow.class, "n", "")
                        .where("n.type = :type", "type", f.type)
                        .where(
                                "lower(n.name) like :prefix escape '!'",
                                "prefix",
                                f.namePrefix == null ? null : likePrefix(f.namePrefix))
                        .where("n.article.slug = :slug", "slug", f.articleSlug),
                first,
                after,
                Entity.TYPE,
                Entity::of,
                EntityConnection::new);
    }

    @Query("entity")
    @Description("The entity with this global ID, or null when there is none. A malformed ID, or the ID of something"
            + " else, is BAD_USER_INPUT.")
    public Entity entity(@NonNull @Id @Description("The entity's global ID.") String id) {
        long key = GlobalId.parse(id, Entity.TYPE);
        return find(key).orElse(null);
    }

    public Optional<Entity> find(long key) {
        return NamedEntityRow.<NamedEntityRow>findByIdOptional(key).map(Entity::of);
    }

    /** The entities of one article, in source order. */
    public EntityConnection entitiesOfArticle(long articleKey, Integer first, String after) {
        return connections.page(
                KeysetQuery.over(NamedEntityRow.class, "n", "").where("n.article.id = :article", "article", articleKey),
                first,
                after,
                Entity.TYPE,
                Entity::of,
                EntityConnection::new);
    }

    @Description("How many times the article mentions this entity, under any of its names.")
    public List<@NonNull Integer> mentionCount(@Source List<Entity> entities) {
        List<Object[]> rows = em.createQuery(
                        "select m.entity.id, count(m) from MentionRow m"
                                + " where m.entity.id in :keys group by m.entity.id",
                        Object[].class)
                .setParameter("keys", Batch.keys(entities, Entity::key))
                .getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return Batch.align(entities, Entity::key, counts, 0);
    }

    @Description("The exchanges that mention this entity, in transcript order.")
    public @NonNull ExchangeConnection exchanges(
            @Source Entity entity,
            @DefaultValue("20") @Description("How many exchanges to return, at most 100.") Integer first,
            @Description("Return the exchanges after this cursor.") String after) {
        return exchanges.exchangesOfEntity(entity.key(), first, after);
    }

    @Description("The quotes that mention this entity or are attributed to it.")
    public @NonNull QuoteConnection quotes(
            @Source Entity entity,
            @DefaultValue("20") @Description("How many quotes to return, at most 100.") Integer first,
            @Description("Return the quotes after this cursor.") String after) {
        return quotes.quotesOfEntity(entity.key(), entity.name(), first, after);
    }

    @Description("Every mention of the entity, in source order, with its exact span and the exchange it sits in.")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Entity> entities) {
        List<MentionRow> rows = em.createQuery(
                        "select m from MentionRow m where m.entity.id in :keys" + " order by m.entity.id, m.spanStart",
                        MentionRow.class)
                .setParameter("keys", Batch.keys(entities, Entity::key))
                .getResultList();
        return Batch.align(entities, Entity::key, Batch.group(rows, row -> row.entity.id, Mention::of), List.of());
    }

    @Description("The exchange the mention sits in; null when it sits in the article's own prose.")
    public List<Exchange> exchange(@Source List<Mention> mentions) {
        return exchanges.forEach(mentions, Mention::exchangeKey);
    }

    @Description("Other entities mentioned in the same exchanges, those sharing the most exchanges first.")
    public @NonNull List<@NonNull RelatedEntity> relatedEntities(
            @Source Entity entity,
            @DefaultValue("10") @Description("How many related entities to return, at most 100.") Integer first) {
        int limit = PageRequest.of(first, null, Entity.TYPE).first();
        List<Object[]> rows = em.createQuery(
                        // Ordered by the grouped entity's own id: PostgreSQL refuses mention.entity_id there, a column
                        // outside the GROUP BY, where H2 let it pass.
                        "select e, count(distinct other.exchange.id)"
                                + " from MentionRow own, MentionRow other join other.entity e"
                                + " where own.entity.id = :entity and other.exchange.id = own.exchange.id"
                                + " and e.id <> :entity"
                                + " group by e order by count(distinct other.exchange.id) desc, e.id",
                        Object[].class)
                .setParameter("entity", entity.key())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> new RelatedEntity(Entity.of((NamedEntityRow) row[0]), ((Long) row[1]).intValue()))
                .toList();
    }

    private static String likePrefix(String prefix) {
        String escaped = prefix.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return escaped + "%";
    }
}
