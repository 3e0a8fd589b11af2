package dev.colloquy.importer.quote;

import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.PullQuoteBlocks;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.transcript.ExchangeLocator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers every quote of the article: the pull quotes found earlier, the quotes in the article's own prose
 * (NARRATIVE), and the words of third persons that a speaker reports inside a turn (EMBEDDED). A quote
 * without a cue of its own continues the previous quote's speaker in the same paragraph; in a turn, short
 * scare quotes and the speaker's own words are not quotes of someone else.
 */
public final class CollectQuotes implements Stage {

    private static final int MAX_SCARE_QUOTE_WORDS = 3;
    /** Room for a cue such as ",” the minister said. “" between two parts of one quotation. */
    private static final int MAX_CONTINUATION_GAP = 40;

    @Override
    public String name() {
        return "collect-quotes";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.PULL_QUOTES, Fact.PARTICIPANTS, Fact.EXCHANGES, Fact.ENTITIES);
    }

    /** The quotes, and which continues which: AlignQuoteSources reads a continuation with its first part. */
    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.QUOTES, Fact.QUOTE_CONTINUATIONS);
    }

    @Override
    public void apply(WorkingDocument document) {
        List<Quote> quotes = new ArrayList<>();
        Map<Span, Span> continuations = new HashMap<>();
        for (PullQuoteBlocks pull : document.pullQuotes()) {
            quotes.add(new Quote(
                    QuoteKind.PULL,
                    pull.quote().spanned(),
                    pullQuoteSpeaker(document, pull),
                    pull.attribution() == null ? null : pull.attribution().spanned(),
                    null,
                    null));
        }
        SpeakerCues cues = new SpeakerCues(document.text(), document.entities());
        ExchangeLocator locator = new ExchangeLocator(document.exchanges());
        for (Block block : document.blocks()) {
            switch (block.kind()) {
                case LEAD, STANDFIRST, TRANSCRIPT_INTRO ->
                    narrativeQuotes(document, cues, block, quotes, continuations);
                case QUESTION, ANSWER -> quotes.addAll(embeddedQuotes(document, cues, locator, block));
                default -> {}
            }
        }
        quotes.sort(Comparator.comparing(quote -> quote.text().span()));
        document.quotes(quotes);
        document.quoteContinuations(continuations);
    }

    /** A pull quote without a named speaker is the interviewee's: that is what interview pages pull out. */
    private static String pullQuoteSpeaker(WorkingDocument document, PullQuoteBlocks pull) {
        if (pull.speaker() != null && !pull.speaker().isBlank()) {
            return pull.speaker();
        }
        return document.interviewee() == null ? null : document.interviewee().name();
    }

    private static void narrativeQuotes(
            WorkingDocument document,
            SpeakerCues cues,
            Block block,
            List<Quote> quotes,
            Map<Span, Span> continuations) {
        String previousSpeaker = null;
        Span previous = null;
        for (Span span : QuotedSpeech.find(
                document.text(), block.span().start(), block.span().end())) {
            String speaker = cues.speakerOf(span, block.span());
            boolean closeToPrevious = previous != null && span.start() - previous.end() <= MAX_CONTINUATION_GAP;
            if (speaker == null && previous != null) {
                speaker = previousSpeaker;
            }
            if (closeToPrevious && java.util.Objects.equals(speaker, previousSpeaker)) {
                continuations.put(span, previous);
            }
            quotes.add(
                    new Quote(QuoteKind.NARRATIVE, SpannedText.cut(document.text(), span), speaker, null, null, null));
            previousSpeaker = speaker;
            previous = span;
        }
    }

    private static List<Quote> embeddedQuotes(
            WorkingDocument document, SpeakerCues cues, ExchangeLocator locator, Block block) {
        List<Quote> quotes = new ArrayList<>();
        String turnSpeaker = block.is(BlockKind.ANSWER) && document.interviewee() != null
                ? document.interviewee().name()
                : null;
        Integer exchange = locator.exchangeAt(block.span().start());
        for (Span span : QuotedSpeech.find(
                document.text(), block.span().start(), block.span().end())) {
            String quoted = document.text().substring(span.start(), span.end());
            String named = cues.speakerOf(span, block.span());
            String speaker = named != null ? named : cues.describedSpeakerOf(span, block.span());
            if (speaker == null
                    || Objects.equals(speaker, turnSpeaker)
                    || Prose.wordCount(quoted) <= MAX_SCARE_QUOTE_WORDS) {
                continue;
            }
            quotes.add(new Quote(
                    QuoteKind.EMBEDDED, SpannedText.cut(document.text(), span), speaker, null, exchange, null));
        }
        return quotes;
    }
}
