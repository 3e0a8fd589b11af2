package dev.colloquy.importer.quote;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.document.WorkingDocument.PullQuoteBlocks;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Credits;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Prose;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pull quote is a short passage set apart on the page and followed by an attribution line: one short
 * line, without sentence punctuation, that names a speaker ("NATO Secretary General, Mark Rutte",
 * "— Mark Rutte"). The quote is the prose block right before it; both leave the transcript.
 */
public final class DetectPullQuotes implements Stage {

    private static final int MAX_ATTRIBUTION_WORDS = 12;
    private static final int MAX_PULL_QUOTE_WORDS = 90;
    private static final int MAX_DESCRIBED_ATTRIBUTION_WORDS = 30;
    private static final Pattern DASH = Pattern.compile("[—–―-]+[ \\u00a0]*");
    /** Fewest words a block quote must have before its repeating another paragraph makes it a pull quote. */
    private static final int MIN_REPEATED_WORDS = 8;
    /** Quotation marks and ellipses around a pulled passage, which the passage it repeats does not have. */
    private static final Pattern PULL_QUOTE_MARKS = Pattern.compile("^[\"“”„‘’'«»…. ]+|[\"“”„‘’'«»…. ]+$");

    /** Share of a loosely repeated block quote's word pairs that the paragraph it renders must hold. */
    private static final double LOOSE_PAIR_SHARE = 0.8;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    @Override
    public String name() {
        return "detect-pull-quotes";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.HTML_HINTS, Fact.PARTICIPANTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.PULL_QUOTES);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.PULL_QUOTE, BlockKind.ATTRIBUTION, BlockKind.DEBRIS);
    }

    @Override
    public void apply(WorkingDocument document) {
        // A page's blockquotes come first, as its markup left them; then attribution lines in the text.
        if (document.htmlHints() != null) {
            for (PullQuoteBlocks pull : document.htmlHints().blockquotes()) {
                document.addPullQuote(pull.attribution() == null ? withLineAfter(document, pull) : pull);
            }
        }
        List<Block> blocks = document.blocks();
        for (Block block : blocks) {
            String speaker = ownAttribution(block);
            if (speaker != null) {
                block.classify(BlockKind.PULL_QUOTE, "a block quote ending in its attribution line");
                document.addPullQuote(new PullQuoteBlocks(block, block, speaker));
            }
        }
        repeatedPassages(document, blocks);
        for (int i = 1; i < blocks.size(); i++) {
            Block candidate = blocks.get(i);
            String speaker = attributedSpeaker(candidate, document.interviewee());
            if (speaker == null) {
                continue;
            }
            Block quote = blocks.get(i - 1);
            if (quote.isUnclassified()
                    && Prose.wordCount(quote.text()) <= MAX_PULL_QUOTE_WORDS
                    && Prose.endsLikeSentence(quote.text())) {
                candidate.classify(BlockKind.ATTRIBUTION, "short line naming " + speaker);
                quote.classify(BlockKind.PULL_QUOTE, "followed by an attribution line");
                document.addPullQuote(new PullQuoteBlocks(quote, candidate, speaker));
            } else {
                document.warn(
                        "ATTRIBUTION_WITHOUT_QUOTE",
                        candidate.lineNumber(),
                        "'" + candidate.text() + "' looks like a pull-quote attribution but follows no quote");
                candidate.classify(BlockKind.DEBRIS, "attribution line without a quote");
            }
        }
    }

    /**
     * A blockquote whose attribution is the paragraph after it, set apart by a dash ("— Peres, on whether the
     * Arab states' oil wealth will eclipse Israel's prominence"): the line names the speaker before its first
     * comma and says what the words answered after it, so it may run longer than an attribution in the text.
     */
    private static PullQuoteBlocks withLineAfter(WorkingDocument document, PullQuoteBlocks pull) {
        List<Block> blocks = document.blocks();
        int next = blocks.indexOf(pull.quote()) + 1;
        while (next < blocks.size() && blocks.get(next).is(BlockKind.PULL_QUOTE)) {
            next++;
        }
        if (next >= blocks.size()) {
            return pull;
        }
        Block line = blocks.get(next);
        if (!line.isUnclassified()
                || line.lines().size() != 1
                || !DASH.matcher(line.text()).lookingAt()
                || Prose.wordCount(line.text()) > MAX_DESCRIBED_ATTRIBUTION_WORDS) {
            return pull;
        }
        String named = line.text().replaceFirst("^[—–―-]+[ \\u00a0]*", "").split(",", 2)[0];
        Speaker interviewee = document.interviewee();
        String speaker = interviewee != null && Names.occurrences(named, Names.surname(interviewee.name())) > 0
                ? interviewee.name()
                : Names.personCandidates(named).stream()
                        .map(Names.Candidate::name)
                        .findFirst()
                        .orElse(null);
        if (speaker == null) {
            return pull;
        }
        line.classify(BlockKind.ATTRIBUTION, "a dashed line naming who said the blockquote before it");
        return new PullQuoteBlocks(pull.quote(), line, speaker);
    }

    /**
     * The speaker named by the last line of a Markdown block quote ("> — Rick Santorum") whose other lines
     * are the words quoted, or null when the block is not such a quote.
     */
    static String ownAttribution(Block block) {
        if (!block.isUnclassified() || block.markup() == null || !block.markup().quoted()) {
            return null;
        }
        List<String> lines = block.lines().stream()
                .map(line -> line.text().strip())
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.size() < 2) {
            return null;
        }
        String last = lines.get(lines.size() - 1);
        String quoted = String.join(" ", lines.subList(0, lines.size() - 1));
        if (!DASH.matcher(last).lookingAt()
                || Prose.wordCount(last) > MAX_ATTRIBUTION_WORDS
                || Prose.wordCount(quoted) > MAX_PULL_QUOTE_WORDS
                || !Prose.endsLikeSentence(quoted)) {
            return null;
        }
        return Names.personCandidates(last).stream()
                .map(Names.Candidate::name)
                .findFirst()
                .orElse(null);
    }

    /**
     * A block quote that repeats, word for word, a passage of another block is a pull quote even without an
     * attribution line: magazines set a sentence of an answer apart, often in the middle of another answer. It
     * leaves the transcript; who said it is left to the quote stage (the interviewee unless named).
     */
    private static void repeatedPassages(WorkingDocument document, List<Block> blocks) {
        List<String> texts = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isUnclassified()
                    || block.markup() == null
                    || !block.markup().quoted()) {
                continue;
            }
            String words = PULL_QUOTE_MARKS.matcher(spaced(block.text())).replaceAll("");
            int count = Prose.wordCount(words);
            if (count < MIN_REPEATED_WORDS || count > MAX_PULL_QUOTE_WORDS) {
                continue;
            }
            if (texts == null) {
                texts = blocks.stream().map(b -> spaced(b.text())).toList();
            }
            List<String> pulled = lowerWords(words);
            for (int j = 0; j < blocks.size(); j++) {
                if (j != i && (texts.get(j).contains(words) || rendersLoosely(pulled, blocks.get(j), texts.get(j)))) {
                    block.classify(BlockKind.PULL_QUOTE, "a block quote repeating words of another paragraph");
                    document.addPullQuote(new PullQuoteBlocks(block, null, null));
                    break;
                }
            }
        }
    }

    /**
     * Whether most of a block quote's word pairs occur in a longer paragraph: a pull quote may leave words out
     * (marked by an ellipsis), change a word or two, or set a phrase in emphasis the answer does not have.
     */
    private static boolean rendersLoosely(List<String> pulled, Block block, String text) {
        // front matter may summarise the article as a block quote does: only the body's turns are rendered
        return (block.isUnclassified() || block.is(BlockKind.ANSWER) || block.is(BlockKind.QUESTION))
                && rendersLoosely(pulled, lowerWords(text));
    }

    /** Whether most of a pulled passage's word pairs occur, in order within each pair, in a longer paragraph. */
    static boolean rendersLoosely(List<String> pulled, List<String> paragraph) {
        if (paragraph.size() <= pulled.size()) {
            return false;
        }
        Set<String> pairs = new HashSet<>();
        for (int k = 1; k < paragraph.size(); k++) {
            pairs.add(paragraph.get(k - 1) + ' ' + paragraph.get(k));
        }
        int shared = 0;
        for (int k = 1; k < pulled.size(); k++) {
            if (pairs.contains(pulled.get(k - 1) + ' ' + pulled.get(k))) {
                shared++;
            }
        }
        return shared >= LOOSE_PAIR_SHARE * (pulled.size() - 1);
    }

    /** The words of a text in lower case (letters, digits, apostrophes), markup and punctuation dropped. */
    static List<String> lowerWords(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT).replace('’', '\'')))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static String spaced(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The speaker an attribution line names, or null when the block is not one. */
    static String attributedSpeaker(Block block, Speaker interviewee) {
        // a heading heads the section below it ("## Knowing More About Zhiyuan"), it attributes nothing above it
        if (!block.isUnclassified()
                || block.lines().size() != 1
                || block.markup().heading() > 0) {
            return null;
        }
        String text = block.text().replaceFirst("^[—–―-]+[ \\u00a0]*", "");
        boolean dashed = !text.equals(block.text());
        if (Prose.wordCount(text) > MAX_ATTRIBUTION_WORDS || Prose.endsLikeSentence(text) || Credits.isMarked(text)) {
            // a picture's credit names who took it, not who said the paragraph above it
            return null;
        }
        if (interviewee != null && Names.occurrences(text, Names.surname(interviewee.name())) > 0) {
            return interviewee.name();
        }
        if (dashed) {
            return Names.personCandidates(text).stream()
                    .map(Names.Candidate::name)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }
}
