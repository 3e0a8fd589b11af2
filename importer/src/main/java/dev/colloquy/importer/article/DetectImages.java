package dev.colloquy.importer.article;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.Line;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.ImageLines;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Credits;
import dev.colloquy.importer.text.Prose;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds pictures by the shape their text leaves on a page: a block of two to four short lines, one of them
 * a credit (a few capitalised words, no sentence punctuation, or marked "Photo:", "©", "/Getty"…) and one a
 * longer caption, in either order. A caption repeated in the same block (alt text beside the caption) is
 * one picture. Hard-wrapped prose is not mistaken for it: its lines run on into each other.
 */
public final class DetectImages implements Stage {

    private static final int MAX_CREDIT_WORDS = 6;
    private static final int MAX_CAPTION_WORDS = 60;
    /** The reason Markdown splitting gives an image's own line; see SplitMarkdownBlocks. */
    public static final String IMAGE_MARKUP = "image markup";

    private static final Pattern DASH = Pattern.compile("[—–―]");

    @Override
    public String name() {
        return "detect-images";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.HTML_HINTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.IMAGES);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.IMAGE);
    }

    @Override
    public void apply(WorkingDocument document) {
        // A page's figures come first, as its markup left them; then what the text's own shape shows.
        if (document.htmlHints() != null) {
            document.htmlHints().figures().forEach(document::addImage);
        }
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isUnclassified() && i > 0 && isCaptionUnder(blocks.get(i - 1), block)) {
                block.classify(BlockKind.IMAGE, "a caption right under a picture's markup");
                document.addImage(new ImageLines(block, block.spanned(), null));
                continue;
            }
            if (block.isUnclassified()) {
                ImageLines image = asImage(block);
                if (image != null) {
                    block.classify(BlockKind.IMAGE, "caption and credit lines");
                    document.addImage(image);
                }
            }
        }
    }

    /**
     * A short paragraph on the line right under a Markdown image ("![…](…)" then "*The harbour at dawn.*", no blank
     * line between): the picture's caption, as Markdown writers set one.
     */
    private static boolean isCaptionUnder(Block previous, Block block) {
        return previous.is(BlockKind.DEBRIS)
                && IMAGE_MARKUP.equals(previous.reason())
                && block.lineNumber() == previous.lineNumber() + 1
                && block.lines().size() <= 2
                && Prose.wordCount(block.text()) <= MAX_CAPTION_WORDS;
    }

    // The credit is told from the captions by identity: two lines of a block may read the same.
    @SuppressWarnings("ReferenceEquality")
    static ImageLines asImage(Block block) {
        List<Line> lines = block.lines();
        if (lines.size() < 2 || lines.size() > 4 || runsOn(lines) || isLabelledList(lines)) {
            return null;
        }
        Line credit = lines.stream()
                .filter(DetectImages::isCreditLike)
                .min(Comparator.comparingInt(line -> Prose.wordCount(line.text())))
                .orElse(null);
        if (credit == null) {
            return null;
        }
        List<Line> captions = lines.stream().filter(line -> line != credit).toList();
        String caption = captions.get(0).text();
        boolean captionRepeatsItself =
                captions.stream().allMatch(line -> line.text().equals(caption));
        if (!captionRepeatsItself || Prose.wordCount(caption) < 3 || Prose.wordCount(caption) > MAX_CAPTION_WORDS) {
            return null;
        }
        return new ImageLines(block, ImageLines.of(captions.get(0)), ImageLines.of(credit));
    }

    static boolean isCreditLike(Line line) {
        String text = line.text();
        if (Credits.isMarked(text) && Prose.wordCount(text) <= 10) {
            return true;
        }
        if (DASH.matcher(text).lookingAt()) {
            return false; // "— Rick Santorum" under a block quote attributes words; it credits no picture
        }
        int words = Prose.wordCount(text);
        return words >= 1
                && words <= MAX_CREDIT_WORDS
                && !Prose.endsLikeSentence(text)
                && Prose.capitalisedWordCount(text) == words;
    }

    /** A field label opening a line: a word or two and a colon ("Food: …", "Now: …"). */
    private static final Pattern FIELD_LABEL =
            Pattern.compile("^\\p{L}[\\p{L}'’-]*(?: \\p{L}[\\p{L}'’-]*)?:[ \\u00a0]+\\S");

    /**
     * Every line opens with a field label of its own and none marks a credit ("Food: Dampfnudeln" / "Drink: beer",
     * "Childhood: Defender of the Crown" / "Now: Frozen Bubbles"): a short answer given as a labelled list, not a
     * caption with its credit, which names a photographer or agency ("Photo: …") under words that describe a picture.
     */
    private static boolean isLabelledList(List<Line> lines) {
        return lines.stream()
                .allMatch(line -> FIELD_LABEL.matcher(line.text()).lookingAt() && !Credits.isMarked(line.text()));
    }

    /** Wrapped prose: a line ends mid-sentence and the next one carries on in lower case. */
    private static boolean runsOn(List<Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String next = lines.get(i).text();
            String previous = lines.get(i - 1).text();
            if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
                return true;
            }
            if (previous.endsWith(",") || previous.endsWith("-")) {
                return true;
            }
        }
        return false;
    }
}
