package dev.colloquy.core.article;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Interview;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.SpannedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the importer learned from one source document. Its constructor checks that every span
 * points inside the source text, so no stored offset can dangle.
 */
public record ParsedArticle(
        SourceDocument source,
        Article article,
        Interview interview,
        List<Quote> quotes,
        List<Entity> entities,
        List<ImportWarning> warnings) {

    public ParsedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(interview, "interview");
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
        int length = source.text().length();
        for (SpannedText piece : allSpannedTexts(article, interview, quotes, entities)) {
            piece.span().requireWithin(length, "'" + abbreviate(piece.text()) + "'");
        }
        for (Quote quote : quotes) {
            requireKnownExchange(interview, quote.exchange());
            if (quote.source() != null) {
                requireKnownExchange(interview, quote.source().exchange());
            }
        }
    }

    private static void requireKnownExchange(Interview interview, Integer ordinal) {
        if (ordinal != null && ordinal > interview.exchanges().size()) {
            throw new IllegalArgumentException("no exchange " + ordinal + " in an interview of "
                    + interview.exchanges().size());
        }
    }

    private static List<SpannedText> allSpannedTexts(
            Article article, Interview interview, List<Quote> quotes, List<Entity> entities) {
        List<SpannedText> all = new ArrayList<>();
        addIfPresent(all, article.headline());
        addIfPresent(all, article.standfirst());
        addIfPresent(all, article.dateline());
        addIfPresent(all, article.transcriptIntro());
        all.addAll(article.leadParagraphs());
        for (Image image : article.images()) {
            addIfPresent(all, image.caption());
            addIfPresent(all, image.credit());
        }
        for (Exchange exchange : interview.exchanges()) {
            for (Turn turn : List.of(exchange.question(), exchange.answer())) {
                all.addAll(turn.paragraphs());
            }
        }
        for (Quote quote : quotes) {
            all.add(quote.text());
            addIfPresent(all, quote.attribution());
            if (quote.source() != null) {
                all.add(quote.source().passage());
            }
        }
        for (Entity entity : entities) {
            entity.mentions().stream().map(Mention::text).forEach(all::add);
        }
        return all;
    }

    private static void addIfPresent(List<SpannedText> all, SpannedText piece) {
        if (piece != null) {
            all.add(piece);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
