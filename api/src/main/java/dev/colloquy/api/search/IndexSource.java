package dev.colloquy.api.search;

import dev.colloquy.api.article.LeadParagraphRow;
import dev.colloquy.api.exchange.TurnParagraphRow;
import dev.colloquy.api.exchange.TurnParagraphRow.Side;
import dev.colloquy.api.quote.QuoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the searchable texts of an article from the database, which stays the source of truth. */
@ApplicationScoped
class IndexSource {

    @Inject
    EntityManager em;

    @Transactional
    List<Long> articleKeys() {
        return em.createQuery("select a.id from ArticleRow a order by a.id", Long.class)
                .getResultList();
    }

    /** Every searchable text of one article, in five statements. */
    @Transactional
    List<SearchDocument> documentsOf(long articleKey) {
        List<Object[]> mentions = em.createQuery(
                        "select m.entity.id, m.exchange.id, m.spanStart, m.spanEnd"
                                + " from MentionRow m where m.entity.article.id = :a",
                        Object[].class)
                .setParameter("a", articleKey)
                .getResultList();
        List<SearchDocument> documents = new ArrayList<>();
        exchanges(articleKey, mentions, documents);
        for (QuoteRow q : em.createQuery(
                        "select q from QuoteRow q where q.article.id = :a order by q.position", QuoteRow.class)
                .setParameter("a", articleKey)
                .getResultList()) {
            documents.add(new SearchDocument(
                    SearchHitKind.QUOTE,
                    q.id,
                    articleKey,
                    q.text,
                    List.of(new Segment(0, q.spanStart, q.text.length())),
                    q.speaker == null ? Set.of() : Set.of(q.speaker),
                    within(mentions, q.spanStart, q.spanEnd)));
        }
        for (LeadParagraphRow p : em.createQuery(
                        "select p from LeadParagraphRow p where p.article.id = :a" + " order by p.position",
                        LeadParagraphRow.class)
                .setParameter("a", articleKey)
                .getResultList()) {
            documents.add(new SearchDocument(
                    SearchHitKind.LEAD_PARAGRAPH,
                    p.id,
                    articleKey,
                    p.text,
                    List.of(new Segment(0, p.spanStart, p.text.length())),
                    Set.of(),
                    within(mentions, p.spanStart, p.spanEnd)));
        }
        return documents;
    }

    private void exchanges(long articleKey, List<Object[]> mentions, List<SearchDocument> documents) {
        List<TurnParagraphRow> paragraphs = em.createQuery(
                        "select p from TurnParagraphRow p join fetch p.exchange e"
                                + " join fetch e.interview i where i.article.id = :a",
                        TurnParagraphRow.class)
                .setParameter("a", articleKey)
                .getResultList();
        Map<Long, List<TurnParagraphRow>> byExchange = new LinkedHashMap<>();
        paragraphs.stream()
                .sorted(Comparator.<TurnParagraphRow>comparingInt(p -> p.exchange.ordinal)
                        .thenComparing(p -> p.side == Side.QUESTION ? 0 : 1)
                        .thenComparingInt(p -> p.position))
                .forEach(p -> byExchange
                        .computeIfAbsent(p.exchange.id, k -> new ArrayList<>())
                        .add(p));
        for (Map.Entry<Long, List<TurnParagraphRow>> exchange : byExchange.entrySet()) {
            StringBuilder text = new StringBuilder();
            List<Segment> segments = new ArrayList<>();
            for (TurnParagraphRow p : exchange.getValue()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                segments.add(new Segment(text.length(), p.spanStart, p.text.length()));
                text.append(p.text);
            }
            var interview = exchange.getValue().get(0).exchange.interview;
            Set<String> speakers = new LinkedHashSet<>();
            if (interview.intervieweeName != null) {
                speakers.add(interview.intervieweeName);
            }
            if (interview.interviewerName != null) {
                speakers.add(interview.interviewerName);
            }
            Set<Long> entities = new HashSet<>();
            for (Object[] m : mentions) {
                if (exchange.getKey().equals(m[1])) {
                    entities.add((Long) m[0]);
                }
            }
            documents.add(new SearchDocument(
                    SearchHitKind.EXCHANGE,
                    exchange.getKey(),
                    articleKey,
                    text.toString(),
                    segments,
                    speakers,
                    entities));
        }
    }

    private static Set<Long> within(List<Object[]> mentions, int start, int end) {
        Set<Long> entities = new HashSet<>();
        for (Object[] m : mentions) {
            if ((Integer) m[2] >= start && (Integer) m[3] <= end) {
                entities.add((Long) m[0]);
            }
        }
        return entities;
    }
}
