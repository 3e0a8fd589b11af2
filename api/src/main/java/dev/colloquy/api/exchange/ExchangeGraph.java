package dev.colloquy.api.exchange;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.Paragraph;
import dev.colloquy.api.entity.Entity;
import dev.colloquy.api.entity.NamedEntityRow;
import dev.colloquy.api.exchange.TurnParagraphRow.Side;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.graphql.cache.KeptRows;
import dev.colloquy.api.interview.Interview;
import dev.colloquy.api.interview.InterviewRow;
import dev.colloquy.api.interview.Speaker;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import dev.colloquy.api.validation.Inputs;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Serves exchanges. Every nested field is a batch resolver, so a page of exchanges costs the same
 * number of statements whether it holds 5 exchanges or 100.
 */
@GraphQLApi
public class ExchangeGraph {

    @Inject
    Inputs inputs;

    /** Exchanges with at least one mention of the entity :entity. */
    private static final String MENTIONS_ENTITY =
            "exists (select m.id from MentionRow m where m.exchange.id = e.id and m.entity.id = :entity)";

    @Inject
    EntityManager em;

    @Inject
    Connections connections;

    @Inject
    KeptRows kept;

    @Query("exchanges")
    @Description("Exchanges across the corpus, in import and transcript order, optionally filtered.")
    public @NonNull ExchangeConnection exchanges(
            @DefaultValue("20") @Description("How many exchanges to return, at most 100.") Integer first,
            @Description("Return the exchanges after this cursor.") String after,
            @Description("Which exchanges to return; all when left out.") ExchangeFilter filter) {
        ExchangeFilter f = filter == null ? new ExchangeFilter() : filter;
        inputs.valid("filter", f);
        return page(
                first,
                after,
                query().where("e.interview.article.slug = :slug", "slug", f.articleSlug)
                        .where(
                                "e.interview.article.id = :article",
                                "article",
                                f.articleId == null ? null : GlobalId.parse(f.articleId, Article.TYPE))
                        .where(
                                MENTIONS_ENTITY,
                                "entity",
                                f.entityId == null ? null : GlobalId.parse(f.entityId, Entity.TYPE)));
    }

    @Query("exchange")
    @Description("The exchange with this global ID, or null when there is none (e.g. after a re-import)."
            + " A malformed ID, or the ID of something else, is BAD_USER_INPUT.")
    public Exchange exchange(@NonNull @Id @Description("The exchange's global ID.") String id) {
        long key = GlobalId.parse(id, Exchange.TYPE);
        return find(key).orElse(null);
    }

    /**
     * One exchange (or null) per source, in the sources' order, loaded in one statement for the whole list:
     * for batch fields of other types that point at an exchange.
     */
    public <S> List<Exchange> forEach(List<S> sources, Function<S, Long> exchangeKey) {
        List<Long> keys = sources.stream()
                .map(exchangeKey)
                .filter(k -> k != null)
                .distinct()
                .toList();
        Map<Long, Exchange> byKey = kept.load("exchange", keys, this::load);
        return sources.stream()
                .map(source -> {
                    Long key = exchangeKey.apply(source);
                    return key == null ? null : byKey.get(key);
                })
                .toList();
    }

    private Map<Long, Exchange> load(List<Long> keys) {
        Map<Long, Exchange> byKey = new java.util.HashMap<>();
        em.createQuery("select e from ExchangeRow e join fetch e.interview where e.id in :keys", ExchangeRow.class)
                .setParameter("keys", keys)
                .getResultStream()
                .map(Exchange::of)
                .forEach(exchange -> byKey.put(exchange.key(), exchange));
        return byKey;
    }

    public Optional<Exchange> find(long key) {
        return em.createQuery("select e from ExchangeRow e join fetch e.interview where e.id = :key", ExchangeRow.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(Exchange::of);
    }

    /** The exchanges of one interview, in transcript order. */
    public ExchangeConnection exchangesOfInterview(long interviewKey, Integer first, String after) {
        return page(first, after, query().where("e.interview.id = :interview", "interview", interviewKey));
    }

    /** The exchanges that mention an entity, in transcript order. */
    public ExchangeConnection exchangesOfEntity(long entityKey, Integer first, String after) {
        return page(first, after, query().where(MENTIONS_ENTITY, "entity", entityKey));
    }

    private static KeysetQuery<ExchangeRow> query() {
        // The interview comes in the same statement: the speakers of both turns are read from it.
        return KeysetQuery.over(ExchangeRow.class, "e", "join fetch e.interview");
    }

    private ExchangeConnection page(Integer first, String after, KeysetQuery<ExchangeRow> query) {
        return connections.page(query, first, after, Exchange.TYPE, Exchange::of, ExchangeConnection::new);
    }

    @Description("The interview this exchange belongs to.")
    public List<@NonNull Interview> interview(@Source List<Exchange> exchanges) {
        Map<Long, Interview> byKey = em.createQuery(
                        "select i from InterviewRow i where i.id in :keys", InterviewRow.class)
                .setParameter("keys", Batch.keys(exchanges, Exchange::interviewKey))
                .getResultStream()
                .map(Interview::of)
                .collect(Collectors.toMap(Interview::key, Function.identity()));
        return Batch.align(exchanges, Exchange::interviewKey, byKey, null);
    }

    @Description("The question: everything the interviewer says before the answer begins.")
    public List<@NonNull Turn> question(@Source List<Exchange> exchanges) {
        return turns(exchanges, Side.QUESTION, Exchange::interviewer);
    }

    @Description("The answer: everything the interviewee says before the next question.")
    public List<@NonNull Turn> answer(@Source List<Exchange> exchanges) {
        return turns(exchanges, Side.ANSWER, Exchange::interviewee);
    }

    private List<Turn> turns(List<Exchange> exchanges, Side side, Function<Exchange, Speaker> speaker) {
        Map<Long, List<Paragraph>> paragraphs =
                kept.load(side.name(), Batch.keys(exchanges, Exchange::key), keys -> paragraphs(keys, side));
        return exchanges.stream()
                .map(exchange -> Turn.of(speaker.apply(exchange), paragraphs.getOrDefault(exchange.key(), List.of())))
                .toList();
    }

    /** The paragraphs of one side of each exchange, in order; an exchange with none is left out. */
    private Map<Long, List<Paragraph>> paragraphs(List<Long> keys, Side side) {
        List<TurnParagraphRow> rows = em.createQuery(
                        "select p from TurnParagraphRow p where p.exchange.id in :keys"
                                + " and p.side = :side order by p.exchange.id, p.position",
                        TurnParagraphRow.class)
                .setParameter("keys", keys)
                .setParameter("side", side)
                .getResultList();
        Map<Long, List<Paragraph>> grouped =
                Batch.group(rows, row -> row.exchange.id, row -> new Paragraph(row.text, row.spanStart, row.spanEnd));
        grouped.replaceAll((key, list) -> List.copyOf(list)); // kept values are shared between requests
        return grouped;
    }

    @Description("The people, organisations, places, events and products this exchange mentions, each once.")
    public List<@NonNull List<@NonNull Entity>> entities(@Source List<Exchange> exchanges) {
        List<Object[]> rows = em.createQuery(
                        "select m.exchange.id, n from MentionRow m join m.entity n"
                                + " where m.exchange.id in :keys order by n.position, n.id",
                        Object[].class)
                .setParameter("keys", Batch.keys(exchanges, Exchange::key))
                .getResultList();
        Map<Long, Map<Long, Entity>> distinct = new LinkedHashMap<>();
        for (Object[] row : rows) {
            NamedEntityRow entity = (NamedEntityRow) row[1];
            distinct.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>())
                    .putIfAbsent(entity.id, Entity.of(entity));
        }
        return exchanges.stream()
                .map(e -> List.copyOf(distinct.getOrDefault(e.key(), Map.of()).values()))
                .toList();
    }

    @Description(
            "Quotes elsewhere in the article (pull quotes, quotations in its prose) that render this exchange's answer.")
    public List<@NonNull List<@NonNull Quote>> quotes(@Source List<Exchange> exchanges) {
        List<QuoteRow> rows = em.createQuery(
                        "select q from QuoteRow q where q.sourceExchange.id in :keys order by q.id", QuoteRow.class)
                .setParameter("keys", Batch.keys(exchanges, Exchange::key))
                .getResultList();
        return Batch.align(
                exchanges, Exchange::key, Batch.group(rows, row -> row.sourceExchange.id, Quote::of), List.of());
    }

    @Description("The exchange before this one in the same interview; null for the first.")
    public List<Exchange> previous(@Source List<Exchange> exchanges) {
        return neighbours(exchanges, -1);
    }

    @Description("The exchange after this one in the same interview; null for the last.")
    public List<Exchange> next(@Source List<Exchange> exchanges) {
        return neighbours(exchanges, +1);
    }

    /** One statement for all neighbours: rows of the same interviews at any of the wanted ordinals. */
    private List<Exchange> neighbours(List<Exchange> exchanges, int step) {
        List<Integer> ordinals =
                exchanges.stream().map(e -> e.ordinal() + step).distinct().toList();
        List<ExchangeRow> rows = em.createQuery(
                        "select e from ExchangeRow e join fetch e.interview"
                                + " where e.interview.id in :interviews and e.ordinal in :ordinals",
                        ExchangeRow.class)
                .setParameter("interviews", Batch.keys(exchanges, Exchange::interviewKey))
                .setParameter("ordinals", ordinals)
                .getResultList();
        Map<String, Exchange> byPosition = new LinkedHashMap<>();
        for (ExchangeRow row : rows) {
            byPosition.put(row.interview.id + ":" + row.ordinal, Exchange.of(row));
        }
        List<Exchange> found = new ArrayList<>(exchanges.size());
        for (Exchange exchange : exchanges) {
            found.add(byPosition.get(exchange.interviewKey() + ":" + (exchange.ordinal() + step)));
        }
        return found;
    }
}
