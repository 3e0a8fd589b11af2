package dev.colloquy.importer.quote;

import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.quote.SourcePassage;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For each pull quote and narrative quote, finds the exchange whose answer it renders and the exact
 * sentences it best matches (one to three in a row), with their similarity.
 *
 * <p>Articles paraphrase, so the quote's words are not the only evidence: the article's own words around
 * it ("When asked about Russia's threat to use nuclear weapons, Rutte responded") often echo the answer too,
 * and help choose the exchange. A quote that continues another without a cue of its own is read together
 * with it, since both render the same answer. The passage itself is chosen by the quote's own words alone,
 * and a quote whose own words share too little with any passage gets no source: a phrase from a
 * conversation off the transcript is better left unmatched than matched wrongly.
 */
public final class AlignQuoteSources implements Stage {

    static final double MIN_SIMILARITY = 0.15;
    static final int MIN_SHARED_STEMS = 2;
    static final double CONTEXT_WEIGHT = 0.5;
    static final double MIN_CONTEXT_SIMILARITY = 0.3;
    static final int MIN_STEMS_FOR_CONTEXT = 6;
    private static final int MAX_SENTENCES = 3;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?…]+(?:[.!?…]+[\"”’)]*|$)");

    /** Consecutive sentences of one answer. */
    record Window(int exchange, Span span, Set<String> stems) {}

    /** The exchange chosen for a quote, and how strongly the article's words around the quote point to it. */
    private record Choice(int exchange, double contextSimilarity) {}

    @Override
    public String name() {
        return "align-quote-sources";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.EXCHANGES, Fact.QUOTES, Fact.QUOTE_CONTINUATIONS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.QUOTE_SOURCES);
    }

    @Override
    public void apply(WorkingDocument document) {
        List<Quote> sourced = new ArrayList<>(document.quotes());
        // Only pull and narrative quotes are given sources: without them the answers need not be read at all.
        boolean anyToAlign = sourced.stream().anyMatch(quote -> quote.kind() != QuoteKind.EMBEDDED);
        List<Window> windows = anyToAlign ? windows(document) : List.of();
        if (!windows.isEmpty()) {
            align(document, windows, sourced);
        }
        document.sourcedQuotes(sourced);
    }

    /** Gives each pull and narrative quote of the list its source, in place. */
    private static void align(WorkingDocument document, List<Window> windows, List<Quote> sourced) {
        PassageMatcher matcher =
                new PassageMatcher(windows.stream().map(Window::stems).toList());
        QuoteIndex index = new QuoteIndex(document.blocks(), document.quotes(), document.quoteContinuations());
        Map<Span, Choice> chosen = new LinkedHashMap<>();
        // Pages repeat quotes (a pull quote beside its narrative twin): decide each distinct case once.
        Map<List<String>, Choice> choices = new java.util.HashMap<>();
        Map<List<Object>, java.util.Optional<SourcePassage>> passages = new java.util.HashMap<>();
        for (int i = 0; i < document.quotes().size(); i++) {
            Quote quote = document.quotes().get(i);
            if (quote.kind() == QuoteKind.EMBEDDED) {
                continue;
            }
            Span continued = document.quoteContinuations().get(quote.text().span());
            Choice choice = continued != null && chosen.get(continued) != null
                    ? chosen.get(continued)
                    : choices.computeIfAbsent(
                            List.of(groupText(index, quote), context(document, index, quote)),
                            key -> bestExchange(matcher, windows, key.get(0), key.get(1)));
            SourcePassage source = choice == null
                    ? null
                    : passages.computeIfAbsent(
                                    List.of(quote.text().text(), choice),
                                    key -> java.util.Optional.ofNullable(
                                            passageIn(document, matcher, windows, quote, choice)))
                            .orElse(null);
            chosen.put(quote.text().span(), source == null ? null : choice);
            sourced.set(i, quote.withSource(source));
        }
    }

    /** The quote and every quote that continues it without a cue: they render one answer together. */
    private static String groupText(QuoteIndex index, Quote first) {
        StringBuilder text = new StringBuilder(first.text().text());
        for (Quote quote : index.continuationsOf(first)) {
            text.append(' ').append(quote.text().text());
        }
        return text.toString();
    }

    /** The article's words that lead into the quote, from the previous quote (or the paragraph start). */
    private static String context(WorkingDocument document, QuoteIndex index, Quote quote) {
        Block block = index.firstBlockHolding(quote.text().span());
        if (block == null) {
            return "";
        }
        int from = index.leadInStart(block, quote);
        return document.text().substring(from, Math.max(from, quote.text().start() - 1));
    }

    private static Choice bestExchange(PassageMatcher matcher, List<Window> windows, String quote, String context) {
        Map<Integer, Double> quoteScores = perExchange(matcher.similarities(matcher.profile(quote)), windows);
        Map<Integer, Double> contextScores = perExchange(matcher.similarities(matcher.profile(context)), windows);
        Integer best = null;
        double bestScore = 0;
        for (Map.Entry<Integer, Double> entry : quoteScores.entrySet()) {
            double score = entry.getValue() + CONTEXT_WEIGHT * contextScores.getOrDefault(entry.getKey(), 0.0);
            if (score > bestScore || score == bestScore && best != null && entry.getKey() < best) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best == null ? null : new Choice(best, contextScores.getOrDefault(best, 0.0));
    }

    /** The best window score of each exchange. */
    private static Map<Integer, Double> perExchange(Map<Integer, Double> byWindow, List<Window> windows) {
        Map<Integer, Double> best = new java.util.HashMap<>();
        byWindow.forEach((window, score) -> best.merge(windows.get(window).exchange(), score, Math::max));
        return best;
    }

    private static SourcePassage passageIn(
            WorkingDocument document, PassageMatcher matcher, List<Window> windows, Quote quote, Choice choice) {
        PassageMatcher.Profile quoteProfile = matcher.profile(quote.text().text());
        int best = -1;
        double bestScore = 0;
        for (Map.Entry<Integer, Double> entry :
                matcher.similarities(quoteProfile).entrySet()) {
            boolean better = entry.getValue() > bestScore || entry.getValue() == bestScore && entry.getKey() < best;
            Window window = windows.get(entry.getKey());
            // a pull quote set inside an answer lies within a window's span: it cannot render itself
            boolean itself = window.span().start() < quote.text().end()
                    && quote.text().start() < window.span().end();
            if (window.exchange() == choice.exchange() && better && !itself) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        if (best < 0 || !convincing(quoteProfile, matcher.passage(best), bestScore, choice.contextSimilarity())) {
            return null;
        }
        double rounded = Math.min(1, Math.round(bestScore * 1000) / 1000.0);
        return new SourcePassage(
                choice.exchange(),
                SpannedText.cut(document.text(), windows.get(best).span()),
                rounded);
    }

    /**
     * The quote's own words must share at least two content words with the passage; a long quote that
     * paraphrases closely enough to share only one still counts when the article's words around it point
     * clearly at the same answer.
     */
    private static boolean convincing(
            PassageMatcher.Profile quote, PassageMatcher.Profile passage, double similarity, double contextSimilarity) {
        int shared = PassageMatcher.sharedStems(quote, passage);
        boolean byOwnWords = shared >= MIN_SHARED_STEMS && similarity >= MIN_SIMILARITY;
        boolean byContext = shared >= 1
                && similarity >= MIN_SIMILARITY
                && contextSimilarity >= MIN_CONTEXT_SIMILARITY
                && quote.stems().size() >= MIN_STEMS_FOR_CONTEXT;
        return byOwnWords || byContext;
    }

    private static List<Window> windows(WorkingDocument document) {
        List<Window> windows = new ArrayList<>();
        for (Exchange exchange : document.exchanges()) {
            List<Span> sentences = new ArrayList<>();
            for (SpannedText paragraph : exchange.answer().paragraphs()) {
                sentences.addAll(sentences(document.text(), paragraph.span()));
            }
            // Stem each sentence once; a window's stems are the union of its sentences'.
            List<Set<String>> sentenceStems = sentences.stream()
                    .map(span -> PassageMatcher.stems(document.text().substring(span.start(), span.end())))
                    .toList();
            for (int first = 0; first < sentences.size(); first++) {
                Set<String> stems = new HashSet<>();
                for (int size = 1; size <= MAX_SENTENCES && first + size <= sentences.size(); size++) {
                    stems.addAll(sentenceStems.get(first + size - 1));
                    Span span = sentences.get(first).union(sentences.get(first + size - 1));
                    windows.add(new Window(exchange.ordinal(), span, Set.copyOf(stems)));
                }
            }
        }
        return windows;
    }

    /** The sentences of a paragraph, each span trimmed of the spaces around it. */
    static List<Span> sentences(String text, Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(text).region(paragraph.start(), paragraph.end());
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                sentences.add(new Span(start, end));
            }
        }
        return sentences;
    }
}
