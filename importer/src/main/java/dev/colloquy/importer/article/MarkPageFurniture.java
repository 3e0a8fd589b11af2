package dev.colloquy.importer.article;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.Snippets;
import dev.colloquy.importer.text.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture copied along with an article: widget labels ("Share", "Print"), promos ("Related
 * Articles", "Read more"), and any other scrap of a few words that is not a sentence. Prose always ends
 * with sentence punctuation, so a short unpunctuated block is never part of the interview.
 */
public final class MarkPageFurniture implements Stage {

    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|words by|interview by|interviewed by)[ \\u00a0]+\\p{Lu}[\\p{L}’'.-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'.-]+){1,3}"
                    + "(?:[ \\u00a0]*(?:,|and|&)[ \\u00a0]*\\p{Lu}[\\p{L}’'.-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'.-]+){1,3})*");

    private final String name;
    private final int maxScrapWords;
    private static final Pattern FURNITURE = Pattern.compile(
            "(share( this( article| story)?)?|related( articles| stories| content| topics)?|read (more|also|next)"
                    + "|also read|more (from|on|in) .{1,40}|advertisement|advert|sponsored( content)?|subscribe.*"
                    + "|sign up.*|newsletter.*|font size|print|email|comments?( \\(\\d+\\))?"
                    + "|tweet|follow us.*|most (read|popular)|recommended( for you)?|click here.*"
                    + "|listen to (this )?article.*|copy link|skip to (main )?content|back to top|topics?)[.:]?",
            Pattern.CASE_INSENSITIVE);

    /** Translators' and sites' notes (resource {@code article/footer-openers.txt}). */
    private static final Pattern FOOTER = Pattern.compile(
            "^[*_\\s]*"
                    + WordList.alternation("/article/footer-openers.txt")
                            .pattern()
                            .replace("(?![\\p{L}\\p{N}])", ""),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MarkPageFurniture(String name, int maxScrapWords) {
        this.name = name;
        this.maxScrapWords = maxScrapWords;
    }

    /** Widget labels and scraps of up to four words: safe before the standfirst is known. */
    public static MarkPageFurniture scraps() {
        return new MarkPageFurniture("mark-page-furniture", SCRAP_WORDS);
    }

    /**
     * Longer unpunctuated lines (section headings, stray labels), once the standfirst, which may lack
     * punctuation too, has been claimed.
     */
    public static MarkPageFurniture strayHeadings() {
        return new MarkPageFurniture("mark-stray-headings", 15);
    }

    @Override
    public String name() {
        return name;
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
        return Set.of(BlockKind.BYLINE, BlockKind.DEBRIS);
    }

    /**
     * Widget labels stacked on consecutive lines ("Share", "Related Articles", "Text size"): every line a
     * known label or a scrap of a few words that is no sentence.
     */
    private static boolean everyLineIsFurniture(Block block) {
        return block.lines().size() > 1
                && block.lines().stream().allMatch(line -> {
                    String text = Snippets.squeeze(line.text()).toLowerCase(Locale.ROOT);
                    return FURNITURE.matcher(text).matches()
                            || Prose.wordCount(text) <= SCRAP_WORDS && !Prose.endsLikeSentence(text);
                });
    }

    private static final int SCRAP_WORDS = 4;

    /**
     * "How did you come to be involved in this": a question that lost its question mark, addressed to
     * someone, is a turn; headings and labels do not speak to anyone.
     */
    private static boolean asksSomeone(String text) {
        return Prose.hasSecondPerson(text) && dev.colloquy.importer.transcript.TurnLabels.opensLikeAQuestion(text);
    }

    @Override
    public void apply(WorkingDocument document) {
        for (Block block : document.blocks()) {
            if (!block.isUnclassified()) {
                continue;
            }
            String text = Snippets.squeeze(block.text()).toLowerCase(Locale.ROOT);
            if (BYLINE.matcher(block.text()).matches()) {
                block.classify(BlockKind.BYLINE, "names the writer");
            } else if (FURNITURE.matcher(text).matches()
                    || everyLineIsFurniture(block)
                    || FOOTER.matcher(block.text()).lookingAt()) {
                block.classify(BlockKind.DEBRIS, "page furniture");
            } else if (block.lines().size() == 1
                    && Prose.wordCount(text) <= maxScrapWords
                    && !Prose.endsLikeSentence(text)
                    && !asksSomeone(block.text())) {
                block.classify(BlockKind.DEBRIS, "a line of at most " + maxScrapWords + " words, not a sentence");
            }
        }
    }
}
