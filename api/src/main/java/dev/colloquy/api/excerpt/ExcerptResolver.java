package dev.colloquy.api.excerpt;

import dev.colloquy.api.article.Article;
import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeRow;
import dev.colloquy.api.exchange.TurnParagraphRow.Side;
import dev.colloquy.api.interview.InterviewRow;
import dev.colloquy.core.excerpt.Anchoring;
import dev.colloquy.core.excerpt.Citation;
import dev.colloquy.core.excerpt.TextQuoteSelector;
import dev.colloquy.core.text.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns stored excerpts into what the schema shows: each is anchored again in the current source text of
 * its article (so a re-import moves it along, or reports it lost), then measured and cited. Works on a
 * whole list at once in four statements, whatever its length.
 */
@ApplicationScoped
public class ExcerptResolver {

    @Inject
    EntityManager em;

    public List<Excerpt> resolve(List<ExcerptRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> articleKeys = rows.stream().map(r -> r.article.id).distinct().toList();
        Map<Long, ArticleRow> articles = em.createQuery(
                        "select a from ArticleRow a join fetch a.currentSource" + " where a.id in :keys",
                        ArticleRow.class)
                .setParameter("keys", articleKeys)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, InterviewRow> interviews = em.createQuery(
                        "select i from InterviewRow i where i.article.id in :keys", InterviewRow.class)
                .setParameter("keys", articleKeys)
                .getResultStream()
                .collect(Collectors.toMap(i -> i.article.id, Function.identity()));
        List<ExchangeRow> exchanges = em.createQuery(
                        "select e from ExchangeRow e join fetch e.interview i" + " where i.article.id in :keys",
                        ExchangeRow.class)
                .setParameter("keys", articleKeys)
                .getResultList();
        // Where each answer begins tells a passage in an answer from one in a question.
        List<Object[]> answerStarts = em.createQuery(
                        "select p.exchange.id, min(p.spanStart) from TurnParagraphRow p"
                                + " where p.exchange.interview.article.id in :keys and p.side = :answer group by p.exchange.id",
                        Object[].class)
                .setParameter("keys", articleKeys)
                .setParameter("answer", Side.ANSWER)
                .getResultList();
        Map<Long, Integer> answerStart =
                answerStarts.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Integer) r[1]));

        List<Excerpt> resolved = new ArrayList<>(rows.size());
        for (ExcerptRow row : rows) {
            ArticleRow article = articles.get(row.article.id);
            resolved.add(resolve(row, article, interviews.get(article.id), exchanges, answerStart));
        }
        return resolved;
    }

    private static Excerpt resolve(
            ExcerptRow row,
            ArticleRow article,
            InterviewRow interview,
            List<ExchangeRow> exchanges,
            Map<Long, Integer> answerStart) {
        String source = article.currentSource.text;
        Anchoring.Result anchored = Anchoring.resolve(source, row.quoteSelector(), row.positionSelector());
        AnchorStatus status = AnchorStatus.of(anchored.status());
        Selectors selectors;
        ExchangeRow exchange = null;
        if (anchored.span().isPresent()) {
            Span span = anchored.span().get();
            selectors = new Selectors(
                    QuoteSelector.of(TextQuoteSelector.of(source, span.start(), span.end())),
                    PositionSelector.of(span.start(), span.end()));
            exchange = exchanges.stream()
                    .filter(e -> e.interview.article.id.equals(article.id))
                    .filter(e -> e.spanStart <= span.start() && span.end() <= e.spanEnd)
                    .findFirst()
                    .orElse(null);
        } else {
            selectors = new Selectors(QuoteSelector.of(row.quoteSelector()), null);
        }
        boolean inAnswer = exchange != null
                && selectors.position() != null
                && selectors.position().start() >= answerStart.getOrDefault(exchange.id, Integer.MAX_VALUE);
        String text = row.wholeExchange && exchange != null
                ? exchange.answerText
                : selectors.quote().exact();
        String question = exchange != null && (row.wholeExchange || inAnswer) ? exchange.questionText : null;
        String speaker = row.quotedSpeaker != null
                ? row.quotedSpeaker
                : interview == null
                        ? null
                        : row.wholeExchange || inAnswer
                                ? interview.intervieweeName
                                : exchange != null ? interview.interviewerName : null;
        ReadingLevel level = ReadingLevel.of(text);
        String interviewer = interview == null ? null : interview.interviewerName;
        String interviewee = interview == null ? null : interview.intervieweeName;
        Citation citation = new Citation(
                interviewee,
                interviewer,
                article.shownAuthor(),
                article.shownHeadline(),
                article.shownPublication(),
                article.shownPublishedOn(),
                article.shownSourceUrl());
        QuoteComparison comparison = row.quotedAs == null
                ? null
                : new QuoteComparison(row.quotedAs, text, row.quotedSpeaker, row.similarity);
        return new Excerpt(
                row.id,
                row.lessonId,
                row.position + 1,
                status,
                row.wholeExchange,
                text,
                question,
                speaker,
                interviewee,
                interviewer,
                selectors,
                level.words(),
                level,
                Citations.of(citation),
                row.note,
                row.questionList(),
                comparison,
                Article.of(article),
                exchange == null ? null : Exchange.of(exchange));
    }
}
