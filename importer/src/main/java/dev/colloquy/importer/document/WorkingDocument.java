package dev.colloquy.importer.document;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.LineIndex;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.layout.SpeakerNames;
import dev.colloquy.importer.layout.TurnLabelling;
import dev.colloquy.importer.markdown.FrontMatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared document that the pipeline's stages read and annotate in turn. Each field is written by one
 * stage and read by later ones; the stage that writes it is named beside it.
 */
public final class WorkingDocument {

    private final SourceDocument source;
    private final LineIndex lineIndex;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final ImportOptions options;

    /** ReadFrontMatter: the header of a text or Markdown file, or null. */
    public FrontMatter frontMatter;
    /** DetectFormat. */
    public SourceFormat format = SourceFormat.TEXT;
    /** DetectTurnLabels. */
    public TurnLabelling labelling = TurnLabelling.UNLABELLED;
    /** DetectTurnLabels: which speaker labels name the same person, and their full names. */
    public SpeakerNames speakerNames;
    /** Front matter or page metadata. */
    public LocalDate publishedOn;
    /** Front matter or page metadata. */
    public String sourceUrl;
    /** Page metadata: the article's title when the page shows none as a heading. */
    public SpannedText metadataHeadline;

    /** SplitBlocks. */
    public List<Block> blocks = List.of();
    /** Front matter or page metadata: who wrote the article, often but not always the interviewer. */
    public String author;
    /** FindParticipants. */
    public Speaker interviewee;
    /** FindParticipants. */
    public Speaker interviewer;
    /** FindParticipants. */
    public String publication;
    /** Every stage that names a participant, the publication or the headline: where it was found. */
    public final java.util.Map<String, Evidence> evidence = new java.util.LinkedHashMap<>();
    /** ReadDateline. */
    public SpannedText dateline;
    /** DetectImages. */
    public final List<ImageLines> images = new ArrayList<>();
    /** DetectPullQuotes. */
    public final List<PullQuoteBlocks> pullQuotes = new ArrayList<>();
    /** SegmentTranscript. */
    public final List<Exchange> exchanges = new ArrayList<>();
    /** RecogniseEntities. */
    public final List<Entity> entities = new ArrayList<>();
    /** CollectQuotes, AlignQuoteSources. */
    public final List<Quote> quotes = new ArrayList<>();
    /** CollectQuotes: a quote without a cue of its own, mapped to the quote it continues. */
    public final java.util.Map<Span, Span> quoteContinuations = new java.util.HashMap<>();

    public WorkingDocument(SourceDocument source) {
        this(source, ImportOptions.DETECT);
    }

    public WorkingDocument(SourceDocument source, ImportOptions options) {
        this.source = source;
        this.options = options;
        this.lineIndex = new LineIndex(source.text());
    }

    public ImportOptions options() {
        return options;
    }

    public LineIndex lineIndex() {
        return lineIndex;
    }

    /**
     * The readable text of the article: the source itself for plain text, the blocks' text for markup, so
     * that stages searching the prose for names do not search tags, scripts or link targets.
     */
    public String proseText() {
        if (format == SourceFormat.TEXT) {
            return source.text();
        }
        return blocks.stream().filter(block -> !block.is(BlockKind.METADATA)).map(Block::text)
                .collect(Collectors.joining("\n\n"));
    }

    public SourceDocument source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public String name() {
        return source.origin().name();
    }

    public int lineOf(int offset) {
        return lineIndex.lineOf(offset);
    }

    public void warn(String code, int line, String message) {
        warnings.add(new ImportWarning(code, message, line));
    }

    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    public Stream<Block> blocksOf(BlockKind kind) {
        return blocks.stream().filter(block -> block.is(kind));
    }

    public Block firstOf(BlockKind kind) {
        return blocksOf(kind).findFirst().orElse(null);
    }

    /** A picture's caption and credit (either may be null, not both) and the block it starts in. */
    public record ImageLines(Block block, SpannedText caption, SpannedText credit) {

        public static SpannedText of(Line line) {
            return line == null ? null : new SpannedText(line.text(), line.span());
        }
    }

    /** A pull quote block and the attribution line that names its speaker (either of the last two may be null). */
    public record PullQuoteBlocks(Block quote, Block attribution, String speaker) {
    }
}
