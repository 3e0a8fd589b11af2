package dev.colloquy.importer.article;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Datelines;
import dev.colloquy.importer.text.Prose;
import java.util.Set;

/**
 * The standfirst is the summary line under the headline: the first prose block after it, one sentence
 * long, that reads as a summary rather than as the start of the story or of the transcript.
 */
public final class MarkStandfirst implements Stage {

    /** Blocks that may stand between the headline and its standfirst: the byline, a picture, page furniture. */
    private static final Set<BlockKind> AROUND_THE_TEXT =
            Set.of(BlockKind.BYLINE, BlockKind.IMAGE, BlockKind.ATTRIBUTION, BlockKind.DEBRIS, BlockKind.METADATA);

    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 70;
    private static final int MAX_PUNCTUATED_WORDS = 45;
    /** Lower-case words this short may join a title-case name ("of", "the", "and", "for"). */
    private static final int MAX_JOINING_WORD_LENGTH = 3;

    @Override
    public String name() {
        return "mark-standfirst";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of();
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.STANDFIRST);
    }

    @Override
    public void apply(WorkingDocument document) {
        Block headline = document.firstOf(BlockKind.HEADLINE);
        if (headline == null || document.firstOf(BlockKind.STANDFIRST) != null) {
            return; // none to look under, or the page's markup has named it
        }
        document.blocks().stream()
                .skip(headline.index() + 1L)
                .filter(block -> !AROUND_THE_TEXT.contains(block.kind()))
                .findFirst()
                .filter(Block::isUnclassified) // a transcript already read under the headline has no standfirst
                // after it
                .filter(MarkStandfirst::readsAsStandfirst)
                .ifPresent(block -> block.classify(BlockKind.STANDFIRST, "summary line under the headline"));
    }

    static boolean readsAsStandfirst(Block block) {
        String text = block.text();
        int words = Prose.wordCount(text);
        if (block.lines().size() > 2
                || words < MIN_WORDS
                || words > MAX_WORDS
                || Prose.endsWithQuestionMark(text)
                || Prose.hasSecondPerson(Prose.withoutQuotedSpeech(text))
                || Datelines.placeOf(text) != null) {
            return false;
        }
        if (!Prose.endsLikeSentence(text)) {
            return !isTitleCase(text);
        }
        return words <= MAX_PUNCTUATED_WORDS;
    }

    /**
     * Whether every word but short joining ones ("of", "the", "and") is capitalised: an unpunctuated line in title
     * case names something ("James S. Brady Press Briefing Room", a section, a series) rather than summing it up.
     */
    static boolean isTitleCase(String text) {
        for (String word : text.split("[\\s\\u00a0]+")) {
            if (!word.isEmpty()
                    && Character.isLowerCase(word.codePointAt(0))
                    && word.length() > MAX_JOINING_WORD_LENGTH) {
                return false;
            }
        }
        return true;
    }
}
