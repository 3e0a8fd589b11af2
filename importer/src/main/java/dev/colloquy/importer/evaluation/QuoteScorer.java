package dev.colloquy.importer.evaluation;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.importer.evaluation.GoldDocument.GoldEntity;
import dev.colloquy.importer.evaluation.GoldDocument.GoldQuote;
import dev.colloquy.importer.evaluation.QuoteScores.Counts;
import dev.colloquy.importer.evaluation.TextKey.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the quotes of one reading against the gold's (GOLD-FORMAT.md, "Quotes"). A reported quote matches a
 * gold quote when its span holds at least half of the gold's letters and digits; each reported quote matches
 * at most one gold quote, so a reading that runs the two halves of a split quote together finds only one.
 */
final class QuoteScorer {

    private QuoteScorer() {}

    /**
     * @param goldExchangeOf for each exchange read (index from 0), the gold exchange (from 1) it is, or -1
     */
    static QuoteScores score(GoldDocument gold, ParsedArticle article, int[] goldExchangeOf) {
        TextKey source = TextKey.of(article.source().text());
        List<Quote> read = article.quotes();
        List<Range> spans = read.stream()
                .map(quote -> source.ofSpan(quote.text().start(), quote.text().end()))
                .toList();
        boolean[] used = new boolean[read.size()];
        QuoteScores scores = new QuoteScores();
        for (GoldQuote expected : gold.quotes()) {
            Range range = source.find(expected.text(), expected.occurrence());
            int match = range == null ? -1 : bestMatch(range, spans, used);
            if (match >= 0) {
                used[match] = true;
            }
            Quote quote = match < 0 ? null : read.get(match);
            boolean speaker = quote != null && sameSpeaker(quote.speaker(), expected.speaker(), gold.entities());
            boolean aligned = quote != null && expected.aligned() && sameSource(quote, expected, goldExchangeOf);
            scores.add(
                    expected.kind(),
                    new Counts(
                            1,
                            quote == null ? 0 : 1,
                            speaker ? 1 : 0,
                            0,
                            0,
                            expected.aligned() ? 1 : 0,
                            aligned ? 1 : 0));
            describe(scores, expected, range, quote, speaker, aligned);
        }
        List<Range> eitherWay = gold.quotesEitherWay().stream()
                .flatMap(text -> occurrences(source, text).stream())
                .toList();
        for (int i = 0; i < read.size(); i++) {
            Range span = spans.get(i);
            if (!used[i] && eitherWay.stream().anyMatch(passage -> 2 * span.overlap(passage) >= passage.length())) {
                continue;
            }
            scores.add(read.get(i).kind(), new Counts(0, 0, 0, 1, used[i] ? 1 : 0, 0, 0));
            if (!used[i]) {
                scores.miss("extra " + read.get(i).kind() + " «"
                        + abbreviate(read.get(i).text().text()) + "»");
            }
        }
        return scores;
    }

    /** The scores of a document the importer refused: every gold quote missed. */
    static QuoteScores unread(GoldDocument gold) {
        QuoteScores scores = new QuoteScores();
        for (GoldQuote expected : gold.quotes()) {
            scores.add(expected.kind(), new Counts(1, 0, 0, 0, 0, expected.aligned() ? 1 : 0, 0));
        }
        return scores;
    }

    /** The unused reported quote that holds the most of the gold's characters, if it holds at least half. */
    private static int bestMatch(Range gold, List<Range> spans, boolean[] used) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < spans.size(); i++) {
            int overlap = gold.overlap(spans.get(i));
            if (!used[i] && 2 * overlap >= gold.length() && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static List<Range> occurrences(TextKey source, String text) {
        List<Range> ranges = new ArrayList<>();
        for (Range range = source.find(text, 1); range != null; range = source.find(text, ranges.size() + 1)) {
            ranges.add(range);
        }
        return ranges;
    }

    /**
     * Right when both name nobody, or the reading names the gold speaker by any form the gold's entities give
     * for that person, or by the same surname (the last word): "Psaki" and "Jen Psaki" are one speaker.
     */
    static boolean sameSpeaker(String read, String gold, List<GoldEntity> entities) {
        if (gold == null || read == null) {
            return gold == null && read == null;
        }
        List<String> forms = new ArrayList<>(List.of(gold));
        if (entities != null) {
            entities.stream()
                    .filter(entity -> Words.sameWords(entity.text(), gold)
                            || entity.aliases().stream().anyMatch(alias -> Words.sameWords(alias, gold)))
                    .forEach(entity -> {
                        forms.add(entity.text());
                        forms.addAll(entity.aliases());
                    });
        }
        List<String> readWords = Words.of(read);
        return forms.stream().anyMatch(form -> Words.sameWords(form, read))
                || !readWords.isEmpty() && last(readWords).equals(last(Words.of(gold)));
    }

    private static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Linked to the gold's exchange, or to none when the gold says no answer renders it. */
    private static boolean sameSource(Quote quote, GoldQuote expected, int[] goldExchangeOf) {
        if (quote.source() == null) {
            return expected.sourceExchange() == null;
        }
        int readExchange = quote.source().exchange() - 1;
        return expected.sourceExchange() != null
                && readExchange < goldExchangeOf.length
                && goldExchangeOf[readExchange] == expected.sourceExchange();
    }

    private static void describe(
            QuoteScores scores, GoldQuote expected, Range range, Quote quote, boolean speaker, boolean aligned) {
        String words = expected.kind() + " «" + abbreviate(expected.text()) + "»";
        if (range == null) {
            scores.miss("gold text not in the document: " + words);
        } else if (quote == null) {
            scores.miss("missed " + words);
        } else if (!speaker) {
            scores.miss("speaker «" + quote.speaker() + "» for " + words + " (gold «" + expected.speaker() + "»)");
        }
        if (quote != null && expected.aligned() && !aligned) {
            scores.miss("source "
                    + (quote.source() == null
                            ? "none"
                            : "exchange " + quote.source().exchange()) + " for " + words + " (gold "
                    + expected.sourceExchange() + ")");
        }
    }

    static String abbreviate(String text) {
        String squeezed = text.replaceAll("\\s+", " ").strip();
        return squeezed.length() <= 60 ? squeezed : squeezed.substring(0, 60) + "…";
    }
}
