package dev.colloquy.importer.quote;

import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.Line;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.ImageLines;
import dev.colloquy.importer.document.WorkingDocument.PullQuoteBlocks;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.quote.QuotedSpeech.Quoted;
import dev.colloquy.importer.quote.SpeakerCues.Cue;
import dev.colloquy.importer.quote.SpeakerCues.Voice;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.WordList;
import dev.colloquy.importer.transcript.ExchangeLocator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gathers every quote of the article: the pull quotes found earlier, the quotes in the article's own prose and
 * captions (NARRATIVE), and the words of third persons that a speaker reports inside a turn (EMBEDDED).
 *
 * <p>What counts is the cue ({@link SpeakerCues}): words in quotation marks that a verb or noun of speech ties
 * to someone are a quote, with the person named, or with no speaker when the cue describes rather than names
 * ("one woman said"). A quote without a cue of its own that follows another closely ("…,” he said, “…") is its
 * second half, with the same speaker. Without any cue, prose may still quote at length (a lead's unattributed
 * line), but a turn's words in quotation marks are scare quotes, titles or the speaker's own wording. Short
 * quotes without a cue, titles (Title Case, or after "called" with no person calling), and words the speaker gives as their own
 * ("I said “…”") are never quotes.
 */
public final class CollectQuotes implements Stage {

    private static final int MAX_SCARE_QUOTE_WORDS = 3;
    /** Room for a cue such as ",” the minister said. “" between two parts of one quotation. */
    private static final int MAX_CONTINUATION_GAP = 40;

    private static final Pattern TITLE_CUE =
            Pattern.compile("(?i)\\b" + WordList.choice("/quote/title-cues.txt") + "[\\s,:]*$");
    private static final Pattern LEAD_IN_END = Pattern.compile("[:;,][\\s\\u00a0]*$");

    @Override
    public String name() {
        return "collect-quotes";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.IMAGES, Fact.PULL_QUOTES, Fact.PARTICIPANTS, Fact.EXCHANGES, Fact.ENTITIES);
    }

    /** The quotes, and which continues which: AlignQuoteSources reads a continuation with its first part. */
    private static final String OPENING_MARKS = "\"“„«";

    private static final String CLOSING_MARKS = "\"”»";
    private static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.QUOTES, Fact.QUOTE_CONTINUATIONS);
    }

    @Override
    public void apply(WorkingDocument document) {
        List<Quote> quotes = new ArrayList<>();
        Map<Span, Span> continuations = new HashMap<>();
        for (PullQuoteBlocks pull : document.pullQuotes()) {
            quotes.add(pullQuote(document, pull));
        }
        SpeakerCues cues = new SpeakerCues(document.text(), document.entities());
        ExchangeLocator locator = new ExchangeLocator(document.exchanges());
        Block previous = null;
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block.kind()) {
                case LEAD, STANDFIRST, TRANSCRIPT_INTRO, CLOSING -> {
                    if (block.markup() != null && block.markup().quoted()) {
                        quotes.addAll(blockQuote(document, cues, block, previous));
                    } else {
                        narrativeQuotes(document, cues, block, quotes, continuations);
                    }
                }
                case QUESTION, ANSWER ->
                    quotes.addAll(embeddedQuotes(document, cues, locator, block, addressee(document, blocks, i)));
                default -> {}
            }
            previous = block;
        }
        for (ImageLines image : document.images()) {
            quotes.addAll(captionQuotes(document, cues, image));
        }
        quotes.replaceAll(quote -> repeatedSpeaker(quote, quotes));
        quotes.sort(Comparator.comparing(quote -> quote.text().span()));
        document.quotes(quotes);
        document.quoteContinuations(continuations);
    }

    /**
     * A pull quote set wholly in quotation marks repeats words the answer itself quotes ("my advisor said,
     * “…”"): they are the words of whoever the answer says spoke them, not the interviewee's.
     */
    private static Quote repeatedSpeaker(Quote pull, List<Quote> quotes) {
        String written = pull.text().text().strip();
        if (pull.kind() != QuoteKind.PULL
                || pull.attribution() != null
                || !OPENING_MARKS.contains(written.substring(0, 1))
                || !CLOSING_MARKS.contains(written.substring(written.length() - 1))) {
            return pull;
        }
        String inner = letters(written);
        return quotes.stream()
                .filter(quote -> quote.kind() == QuoteKind.EMBEDDED
                        && letters(quote.text().text()).equals(inner))
                .findFirst()
                .map(quote -> new Quote(
                        pull.kind(), pull.text(), quote.speaker(), pull.attribution(), pull.exchange(), pull.source()))
                .orElse(pull);
    }

    private static String letters(String text) {
        return LETTERS_ONLY.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    private static Quote pullQuote(WorkingDocument document, PullQuoteBlocks pull) {
        SpannedText words = pull.quote().spanned();
        SpannedText attribution =
                pull.attribution() == null ? null : pull.attribution().spanned();
        if (pull.quote() == pull.attribution()) {
            // a block quote that ends with its own attribution line ("> — Rick Santorum")
            List<Line> lines = pull.quote().lines().stream()
                    .filter(line -> !line.text().isBlank())
                    .toList();
            Line last = lines.get(lines.size() - 1);
            words = SpannedText.cut(
                    document.text(),
                    new Span(
                            lines.get(0).span().start(),
                            lines.get(lines.size() - 2).span().end()));
            attribution = SpannedText.cut(document.text(), last.span());
        }
        return new Quote(QuoteKind.PULL, words, pullQuoteSpeaker(document, pull), attribution, null, null);
    }

    /** A pull quote without a named speaker is the interviewee's: that is what interview pages pull out. */
    private static String pullQuoteSpeaker(WorkingDocument document, PullQuoteBlocks pull) {
        if (pull.speaker() != null && !pull.speaker().isBlank()) {
            return pull.speaker();
        }
        return interviewee(document);
    }

    private static String interviewee(WorkingDocument document) {
        return document.interviewee() == null ? null : document.interviewee().name();
    }

    /** Where the words that may lead into a quote start: the sentence before, never before the previous quote. */
    private static int leadInStart(SpeakerCues cues, Span quote, Block block, Span previous) {
        int sentence = cues.sentenceStart(quote.start(), block.span().start());
        int before = cues.sentenceStart(
                Math.max(block.span().start(), sentence - 1), block.span().start());
        return previous == null ? before : Math.max(before, previous.end() + 1);
    }

    private static void narrativeQuotes(
            WorkingDocument document,
            SpeakerCues cues,
            Block block,
            List<Quote> quotes,
            Map<Span, Span> continuations) {
        String previousSpeaker = null;
        Span previous = null;
        for (Quoted quoted : QuotedSpeech.findAll(
                document.text(), block.span().start(), block.span().end())) {
            Span span = quoted.span();
            Cue cue = cues.cueOf(span, block.span(), leadInStart(cues, span, block, previous));
            boolean closeToPrevious = previous != null && span.start() - previous.end() <= MAX_CONTINUATION_GAP;
            if (!singleQuoteTagged(cues, quoted, cue, block.span(), closeToPrevious)
                    || cue.voice() == Voice.HYPOTHETICAL) {
                continue;
            }
            String speaker = cue.voice() == Voice.PERSON ? cue.speaker() : null;
            if ((!cue.cued() || cue.voice() == Voice.MARKED) && closeToPrevious) {
                speaker = previousSpeaker;
            } else if (!cue.cued() && (isShort(document, span) || titleLike(document, span))
                    || cue.voice() != Voice.PERSON && namesAWork(document, span, block)) {
                continue;
            } else if (!cue.cued()) {
                speaker = cues.sentenceOpener(span, block.span()).speaker();
            }
            if (closeToPrevious && Objects.equals(speaker, previousSpeaker)) {
                continuations.put(span, previous);
            }
            quotes.add(
                    new Quote(QuoteKind.NARRATIVE, SpannedText.cut(document.text(), span), speaker, null, null, null));
            previousSpeaker = speaker;
            previous = span;
        }
    }

    /**
     * A block quote in the article's prose repeats someone's words (a pull quote): the speaker is named by the
     * paragraph that leads into it ("…, he was quoted by the Canadian Press;"), or else it is the interviewee.
     */
    private static List<Quote> blockQuote(WorkingDocument document, SpeakerCues cues, Block block, Block previous) {
        String speaker = null;
        if (previous != null
                && previous.is(BlockKind.LEAD)
                && LEAD_IN_END.matcher(previous.text()).find()) {
            Cue cue = cues.leadInCue(previous.span());
            speaker = cue.voice() == Voice.PERSON ? cue.speaker() : null;
        }
        String said = speaker != null ? speaker : interviewee(document);
        List<Quote> quotes = new ArrayList<>();
        for (Span span : QuotedSpeech.find(
                document.text(), block.span().start(), block.span().end())) {
            if (!isShort(document, span)) {
                quotes.add(new Quote(QuoteKind.PULL, SpannedText.cut(document.text(), span), said, null, null, null));
            }
        }
        return quotes;
    }

    /**
     * Whom a question addresses: whoever answers it (the next answer's speaker: in a briefing several
     * officials answer), else the interviewee.
     */
    private static String addressee(WorkingDocument document, List<Block> blocks, int question) {
        for (int i = question + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (next.is(BlockKind.ANSWER)) {
                return turnSpeaker(document, next);
            }
        }
        return interviewee(document);
    }

    private static List<Quote> embeddedQuotes(
            WorkingDocument document, SpeakerCues cues, ExchangeLocator locator, Block block, String addressee) {
        List<Quote> quotes = new ArrayList<>();
        boolean question = block.is(BlockKind.QUESTION);
        String turnSpeaker = turnSpeaker(document, block);
        String listener = question
                ? addressee
                : document.interviewer() == null ? null : document.interviewer().name();
        SpeakerCues turnCues = cues.inTurnOf(turnSpeaker, listener);
        Integer exchange = locator.exchangeAt(block.span().start());
        Span previous = null;
        String previousSpeaker = null;
        for (Quoted quoted : QuotedSpeech.findAll(
                document.text(), block.span().start(), block.span().end())) {
            Span span = quoted.span();
            int from = cues.sentenceStart(span.start(), block.span().start());
            Cue cue = turnCues.cueOf(span, block.span(), previous == null ? from : Math.max(from, previous.end() + 1));
            boolean continues = previous != null && span.start() - previous.end() <= MAX_CONTINUATION_GAP;
            if (!singleQuoteTagged(turnCues, quoted, cue, block.span(), continues)) {
                continue;
            }
            String speaker = switch (cue.voice()) {
                case PERSON -> cue.speaker();
                case SECOND_PERSON -> question ? addressee : turnSpeaker;
                case NONE -> continues ? previousSpeaker : turnSpeaker;
                case MARKED -> continues ? previousSpeaker : null;
                case FIRST_PERSON -> turnSpeaker;
                case UNNAMED, HYPOTHETICAL -> null;
            };
            boolean own = cue.voice() == Voice.FIRST_PERSON
                    || cue.voice() == Voice.HYPOTHETICAL
                    || !question && cue.voice() == Voice.SECOND_PERSON
                    || cue.voice() == Voice.NONE && !continues
                    || speaker != null && SpeakerCues.samePerson(speaker, turnSpeaker);
            if (own
                    || cue.voice() != Voice.PERSON && namesAWork(document, span, block)
                    || !cue.cued() && titleLike(document, span)) {
                continue;
            }
            quotes.add(new Quote(
                    QuoteKind.EMBEDDED, SpannedText.cut(document.text(), span), speaker, null, exchange, null));
            previous = span;
            previousSpeaker = speaker;
        }
        return quotes;
    }

    /** Who speaks a turn: its label's speaker, else the interviewer for a question and the interviewee for an answer. */
    private static String turnSpeaker(WorkingDocument document, Block block) {
        if (block.label() != null && block.label().speaker() != null) {
            return block.label().speaker();
        }
        if (block.is(BlockKind.QUESTION)) {
            return document.interviewer() == null
                    ? null
                    : document.interviewer().name();
        }
        return interviewee(document);
    }

    /**
     * Quotes in a picture's caption ("“The future is only peace.” Shimon Peres"): the caption's cue names the
     * speaker, or else the person it names after the quote, or before it.
     */
    private static List<Quote> captionQuotes(WorkingDocument document, SpeakerCues cues, ImageLines image) {
        List<Quote> quotes = new ArrayList<>();
        SpannedText caption = image.caption();
        if (caption == null) {
            return quotes;
        }
        Span line = caption.span();
        for (Quoted quoted : QuotedSpeech.findAll(document.text(), line.start(), line.end())) {
            Span span = quoted.span();
            Cue cue = cues.cueOf(span, line, line.start());
            if (!singleQuoteTagged(cues, quoted, cue, line, false) || cue.voice() == Voice.HYPOTHETICAL) {
                continue;
            }
            if (!cue.cued() && (isShort(document, span) || titleLike(document, span))) {
                continue;
            }
            String speaker = cue.voice() == Voice.PERSON ? cue.speaker() : null;
            if (!cue.cued()) {
                String after = cues.personIn(new Span(span.end(), line.end()));
                speaker = after != null ? after : cues.personIn(new Span(line.start(), span.start()));
            }
            quotes.add(
                    new Quote(QuoteKind.NARRATIVE, SpannedText.cut(document.text(), span), speaker, null, null, null));
        }
        return quotes;
    }

    /**
     * Single marks also set off scare quotes and titles ("the ‘Studio’ in our name"), more often than double
     * ones, so words in them are a quote only with a speech tag right at them (", he said", "told me: ‘…’",
     * "tell me ‘use modulo’"), or as the second half of a quote just before.
     */
    private static boolean singleQuoteTagged(
            SpeakerCues cues, Quoted quoted, Cue cue, Span paragraph, boolean continuesPrevious) {
        return !quoted.single() || continuesPrevious || cue.cued() && cues.taggedAt(quoted.span(), paragraph);
    }

    private static boolean isShort(WorkingDocument document, Span span) {
        return Prose.wordCount(document.text().substring(span.start(), span.end())) <= MAX_SCARE_QUOTE_WORDS;
    }

    /** Every word of four letters or more capitalised, and no full stop at the end: a title, not a sentence. */
    static boolean titleLike(WorkingDocument document, Span span) {
        String quoted = document.text().substring(span.start(), span.end()).strip();
        if (quoted.isEmpty() || ".!?…,".indexOf(quoted.charAt(quoted.length() - 1)) >= 0) {
            return false;
        }
        boolean anyLong = false;
        for (String word : quoted.split("[\\s\\u00a0]+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                anyLong = true;
                if (!Character.isUpperCase(letters.codePointAt(0))) {
                    return false;
                }
            }
        }
        return anyLong;
    }

    /** Words in quotation marks right after "called", "titled", "named": the name of a work, not a quote. */
    private static boolean namesAWork(WorkingDocument document, Span span, Block block) {
        int from = Math.max(block.span().start(), span.start() - 30);
        return TITLE_CUE
                .matcher(document.text().substring(from, Math.max(from, span.start() - 1)))
                .find();
    }
}
