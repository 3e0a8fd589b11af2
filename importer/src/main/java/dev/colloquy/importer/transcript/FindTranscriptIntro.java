package dev.colloquy.importer.transcript;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.WordList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Articles often announce their transcript in a sentence of their own: "Below is the transcript of the
 * interview", "The conversation has been edited for length and clarity", "Excerpts follow:". When one
 * is found before the first question, everything before it is the article's lead and everything after it
 * the transcript.
 */
public final class FindTranscriptIntro implements Stage {

    private static final int MAX_WORDS = 60;
    private static final Pattern TOPIC =
            Pattern.compile("(?i)\\b(transcript|interview|conversation|exchange|q\\s*&\\s*a|discussion|excerpts?)\\b");
    private static final Pattern ANNOUNCEMENT =
            Pattern.compile("(?i)\\b(" + WordList.choice("/transcript/announcement-words.txt") + ")\\b");

    @Override
    public String name() {
        return "find-transcript-intro";
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
        return Set.of(BlockKind.LEAD, BlockKind.TRANSCRIPT_INTRO);
    }

    @Override
    public void apply(WorkingDocument document) {
        for (Block block : document.blocks()) {
            if (block.is(BlockKind.QUESTION) || block.is(BlockKind.ANSWER)) {
                return; // a labelled transcript has begun; a note after it introduces nothing
            }
            if (!block.isUnclassified()) {
                continue;
            }
            String text = block.text();
            if (Prose.endsWithQuestionMark(text) || Prose.hasSecondPerson(Prose.withoutQuotedSpeech(text))) {
                return; // the transcript has begun without an introduction
            }
            if (Prose.wordCount(text) <= MAX_WORDS
                    && TOPIC.matcher(text).find()
                    && (ANNOUNCEMENT.matcher(text).find()
                            || Prose.stripClosers(text).endsWith(":"))) {
                block.classify(BlockKind.TRANSCRIPT_INTRO, "announces the transcript");
                markLead(document, block);
                return;
            }
        }
    }

    private static void markLead(WorkingDocument document, Block intro) {
        for (Block block : document.blocks().subList(0, intro.index())) {
            if (block.isUnclassified()) {
                block.classify(BlockKind.LEAD, "before the transcript introduction");
            }
        }
    }
}
