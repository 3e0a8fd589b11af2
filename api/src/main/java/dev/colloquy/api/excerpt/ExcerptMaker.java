package dev.colloquy.api.excerpt;

import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.api.exchange.Exchange;
import dev.colloquy.api.exchange.ExchangeRow;
import dev.colloquy.api.exchange.TurnParagraphRow;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.quote.Quote;
import dev.colloquy.api.quote.QuoteRow;
import dev.colloquy.core.excerpt.SentenceSnap;
import dev.colloquy.core.excerpt.TextQuoteSelector;
import dev.colloquy.core.text.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Makes the row of a new excerpt: from a whole exchange, from a range of source offsets inside one (widened to
 * whole sentences), or from
 * a quote (the excerpt is then the transcript passage the quote renders, with the quote beside it).
 * Selectors are taken against the article's current source text and remember its revision.
 */
@ApplicationScoped
public class ExcerptMaker {

    /** Must run inside the caller's transaction; the row is not persisted here. */
    public ExcerptRow make(ExcerptSource from) {
        boolean byExchange = from.exchangeId() != null;
        if (byExchange == (from.quoteId() != null)) {
            throw new BadUserInputException("give either exchangeId (with start and end for a passage) or quoteId");
        }
        return byExchange ? fromExchange(from) : fromQuote(from.quoteId());
    }

    private ExcerptRow fromExchange(ExcerptSource from) {
        long key = GlobalId.parse(from.exchangeId(), Exchange.TYPE);
        ExchangeRow exchange = ExchangeRow.<ExchangeRow>findByIdOptional(key)
                .orElseThrow(() -> new NotFoundException("no exchange with ID " + from.exchangeId()));
        var article = exchange.interview.article;
        if ((from.start() == null) != (from.end() == null)) {
            throw new BadUserInputException("give both start and end for a passage, or neither for the whole exchange");
        }
        boolean whole = from.start() == null;
        int start = whole ? exchange.spanStart : from.start();
        int end = whole ? exchange.spanEnd : from.end();
        if (start >= end || start < exchange.spanStart || end > exchange.spanEnd) {
            throw new BadUserInputException("the passage [" + start + ", " + end + ") is not inside the exchange,"
                    + " which spans [" + exchange.spanStart + ", " + exchange.spanEnd + ") of the source text");
        }
        String source = article.currentSource.text;
        if (!whole) {
            // A passage marked roughly (by a drag in the reader, say) may start or end inside a word: it is
            // widened to whole sentences within the exchange's paragraphs, and the selectors keep the exact
            // source offsets of what is then stored.
            Span snapped = SentenceSnap.snap(source, start, end, paragraphs(exchange));
            start = snapped.start();
            end = snapped.end();
        }
        ExcerptRow row = select(article, source, start, end);
        row.wholeExchange = whole;
        return row;
    }

    /** The spans of the exchange's question and answer paragraphs, in source order. */
    private static List<Span> paragraphs(ExchangeRow exchange) {
        return TurnParagraphRow.<TurnParagraphRow>list("exchange.id = ?1 order by spanStart", exchange.id).stream()
                .map(p -> new Span(p.spanStart, p.spanEnd))
                .toList();
    }

    private ExcerptRow fromQuote(String quoteId) {
        long key = GlobalId.parse(quoteId, Quote.TYPE);
        QuoteRow quote = QuoteRow.<QuoteRow>findByIdOptional(key)
                .orElseThrow(() -> new NotFoundException("no quote with ID " + quoteId));
        if (quote.passageStart == null || quote.passageEnd == null) {
            throw new BadUserInputException("this quote has no source passage in the transcript to compare it with");
        }
        ExcerptRow row = select(quote.article, quote.article.currentSource.text, quote.passageStart, quote.passageEnd);
        row.quotedAs = quote.text;
        row.quotedSpeaker = quote.speaker;
        row.similarity = quote.similarity;
        return row;
    }

    private static ExcerptRow select(ArticleRow article, String source, int start, int end) {
        TextQuoteSelector quote = TextQuoteSelector.of(source, start, end);
        ExcerptRow row = new ExcerptRow();
        row.article = article;
        row.quoteExact = quote.exact();
        row.quotePrefix = quote.prefix();
        row.quoteSuffix = quote.suffix();
        row.positionStart = start;
        row.positionEnd = end;
        row.sourceRevision = article.revision;
        row.setQuestionList(List.of());
        row.createdAt = Instant.now();
        return row;
    }

    /** What an excerpt is made from: exchangeId (and optionally start/end), or quoteId. */
    public record ExcerptSource(String exchangeId, Integer start, Integer end, String quoteId) {}
}
