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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared document that the pipeline's stages read and annotate in turn. Each field belongs to one
 * {@link Fact}, written by one stage and read by later ones; the stage that writes it is named beside it.
 * Blocks are the exception by design: many stages claim blocks by setting their kind.
 */
public final class WorkingDocument {

    private final SourceDocument source;
    private final LineIndex lineIndex;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final ImportOptions options;

    private FactWatcher watcher = FactWatcher.NONE;

    // Each group of fields is one Fact, written by the one stage that provides it (named beside it) and read
    // through accessors that tell the watcher, so that tests can hold every stage to its declared contract.

    /** FRONT_MATTER, ReadFrontMatter: the header of a text or Markdown file (or null) and what it declares. */
    private FrontMatter frontMatter;

    private DeclaredMetadata frontMatterMetadata = DeclaredMetadata.NONE;
    /** FORMAT, DetectFormat: the format, and the turn labelling that options or front matter pin (or null). */
    private SourceFormat format = SourceFormat.TEXT;

    private TurnLabelling pinnedLabelling;
    /** BLOCKS, whichever splitter reads this format (the other two leave the document alone). */
    private List<Block> blocks = List.of();
    /** HTML_HINTS, SplitHtmlBlocks: null for other formats. */
    private HtmlHints htmlHints;
    /** TURN_LABELS, DetectTurnLabels. */
    private TurnLabelling labelling = TurnLabelling.UNLABELLED;

    private SpeakerNames speakerNames;
    private LabelledParticipants labelledParticipants = LabelledParticipants.NONE;
    /** PARTICIPANTS, FindParticipants: the author is who wrote the article, often but not always the interviewer. */
    private String author;

    private Speaker interviewee;
    private Speaker interviewer;
    private String publication;
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();
    /** DATELINE, ReadDateline. */
    private SpannedText dateline;
    /** IMAGES, DetectImages. */
    private final List<ImageLines> images = new ArrayList<>();
    /** PULL_QUOTES, DetectPullQuotes. */
    private final List<PullQuoteBlocks> pullQuotes = new ArrayList<>();
    /** EXCHANGES, SegmentLabelledTurns or SegmentTranscript: whichever finds the transcript unsegmented. */
    private final List<Exchange> exchanges = new ArrayList<>();
    /** ENTITIES, RecogniseEntities. */
    private final List<Entity> entities = new ArrayList<>();
    /** QUOTES, CollectQuotes. */
    private List<Quote> quotes = List.of();
    /** QUOTE_CONTINUATIONS, CollectQuotes: a quote without a cue of its own, mapped to the quote it continues. */
    private Map<Span, Span> quoteContinuations = Map.of();
    /** QUOTE_SOURCES, AlignQuoteSources: the quotes again, each with its source; null until aligned. */
    private List<Quote> sourcedQuotes;
    /** How long each stage took, in the order they ran. */
    private final List<StageTime> timings = new ArrayList<>();

    public WorkingDocument(SourceDocument source) {
        this(source, ImportOptions.DETECT);
    }

    public WorkingDocument(SourceDocument source, ImportOptions options) {
        this.source = source;
        this.options = options;
        this.lineIndex = new LineIndex(source.text());
    }

    /** Tells the watcher of every later read and write of a fact; returns the watcher it replaces. */
    public FactWatcher watch(FactWatcher newWatcher) {
        FactWatcher previous = watcher;
        this.watcher = newWatcher;
        return previous;
    }

    private <T> T read(Fact fact, T value) {
        watcher.read(fact);
        return value;
    }

    private void wrote(Fact fact) {
        watcher.wrote(fact);
    }

    public FrontMatter frontMatter() {
        return read(Fact.FRONT_MATTER, frontMatter);
    }

    public void frontMatter(FrontMatter front, DeclaredMetadata declared) {
        wrote(Fact.FRONT_MATTER);
        this.frontMatter = front;
        this.frontMatterMetadata = declared;
    }

    /** What the source declares about itself: its front matter, with the gaps filled from an HTML page's metadata. */
    public DeclaredMetadata declared() {
        DeclaredMetadata front = read(Fact.FRONT_MATTER, frontMatterMetadata);
        HtmlHints html = read(Fact.HTML_HINTS, htmlHints);
        return html == null ? front : front.withGapsFrom(html.page(), html.decidesHeadline());
    }

    public SourceFormat format() {
        return read(Fact.FORMAT, format);
    }

    public void format(SourceFormat newFormat, TurnLabelling pinned) {
        wrote(Fact.FORMAT);
        this.format = newFormat;
        this.pinnedLabelling = pinned;
    }

    /** The labelling a forced layout or the front matter's {@code layout:} names, or null to detect it. */
    public TurnLabelling pinnedLabelling() {
        return read(Fact.FORMAT, pinnedLabelling);
    }

    public List<Block> blocks() {
        return read(Fact.BLOCKS, blocks);
    }

    public void blocks(List<Block> newBlocks) {
        wrote(Fact.BLOCKS);
        this.blocks = List.copyOf(newBlocks);
    }

    public HtmlHints htmlHints() {
        return read(Fact.HTML_HINTS, htmlHints);
    }

    public void htmlHints(HtmlHints hints) {
        wrote(Fact.HTML_HINTS);
        this.htmlHints = hints;
    }

    public TurnLabelling labelling() {
        return read(Fact.TURN_LABELS, labelling);
    }

    public void labelling(TurnLabelling newLabelling) {
        wrote(Fact.TURN_LABELS);
        this.labelling = newLabelling;
    }

    /** Which speaker labels name the same person, and their full names; null without speaker labels. */
    public SpeakerNames speakerNames() {
        return read(Fact.TURN_LABELS, speakerNames);
    }

    public void speakerNames(SpeakerNames names) {
        wrote(Fact.TURN_LABELS);
        this.speakerNames = names;
    }

    public LabelledParticipants labelledParticipants() {
        return read(Fact.TURN_LABELS, labelledParticipants);
    }

    public void labelledParticipants(LabelledParticipants participants) {
        wrote(Fact.TURN_LABELS);
        this.labelledParticipants = participants;
    }

    public String author() {
        return read(Fact.PARTICIPANTS, author);
    }

    public void author(String newAuthor) {
        wrote(Fact.PARTICIPANTS);
        this.author = newAuthor;
    }

    public Speaker interviewee() {
        return read(Fact.PARTICIPANTS, interviewee);
    }

    public void interviewee(Speaker speaker) {
        wrote(Fact.PARTICIPANTS);
        this.interviewee = speaker;
    }

    public Speaker interviewer() {
        return read(Fact.PARTICIPANTS, interviewer);
    }

    public void interviewer(Speaker speaker) {
        wrote(Fact.PARTICIPANTS);
        this.interviewer = speaker;
    }

    public String publication() {
        return read(Fact.PARTICIPANTS, publication);
    }

    public void publication(String newPublication) {
        wrote(Fact.PARTICIPANTS);
        this.publication = newPublication;
    }

    /** Where each participant and the publication were found. */
    public Map<String, Evidence> evidence() {
        return read(Fact.PARTICIPANTS, Collections.unmodifiableMap(evidence));
    }

    public void evidence(String what, Evidence found) {
        wrote(Fact.PARTICIPANTS);
        evidence.put(what, found);
    }

    public SpannedText dateline() {
        return read(Fact.DATELINE, dateline);
    }

    public void dateline(SpannedText newDateline) {
        wrote(Fact.DATELINE);
        this.dateline = newDateline;
    }

    public List<ImageLines> images() {
        return read(Fact.IMAGES, Collections.unmodifiableList(images));
    }

    public void addImage(ImageLines image) {
        wrote(Fact.IMAGES);
        images.add(image);
    }

    public List<PullQuoteBlocks> pullQuotes() {
        return read(Fact.PULL_QUOTES, Collections.unmodifiableList(pullQuotes));
    }

    public void addPullQuote(PullQuoteBlocks pullQuote) {
        wrote(Fact.PULL_QUOTES);
        pullQuotes.add(pullQuote);
    }

    public List<Exchange> exchanges() {
        return read(Fact.EXCHANGES, Collections.unmodifiableList(exchanges));
    }

    public void addExchange(Exchange exchange) {
        wrote(Fact.EXCHANGES);
        exchanges.add(exchange);
    }

    public List<Entity> entities() {
        return read(Fact.ENTITIES, Collections.unmodifiableList(entities));
    }

    public void addEntity(Entity entity) {
        wrote(Fact.ENTITIES);
        entities.add(entity);
    }

    public List<Quote> quotes() {
        return read(Fact.QUOTES, quotes);
    }

    public void quotes(List<Quote> collected) {
        wrote(Fact.QUOTES);
        this.quotes = List.copyOf(collected);
    }

    public Map<Span, Span> quoteContinuations() {
        return read(Fact.QUOTE_CONTINUATIONS, quoteContinuations);
    }

    public void quoteContinuations(Map<Span, Span> continuations) {
        wrote(Fact.QUOTE_CONTINUATIONS);
        this.quoteContinuations = Map.copyOf(continuations);
    }

    /** The quotes with their sources, or null when no stage aligned them. */
    public List<Quote> sourcedQuotes() {
        return read(Fact.QUOTE_SOURCES, sourcedQuotes);
    }

    public void sourcedQuotes(List<Quote> sourced) {
        wrote(Fact.QUOTE_SOURCES);
        this.sourcedQuotes = List.copyOf(sourced);
    }

    /** How long a stage took; the pipeline notes it, for reports and benchmarks. */
    public record StageTime(String stage, long nanos) {}

    public void timed(String stage, long nanos) {
        timings.add(new StageTime(stage, nanos));
    }

    public List<StageTime> timings() {
        return List.copyOf(timings);
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
        if (format() == SourceFormat.TEXT) {
            return source.text();
        }
        return blocks().stream()
                .filter(block -> !block.is(BlockKind.METADATA))
                .map(Block::text)
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
        return blocks().stream().filter(block -> block.is(kind));
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
    public record PullQuoteBlocks(Block quote, Block attribution, String speaker) {}
}
