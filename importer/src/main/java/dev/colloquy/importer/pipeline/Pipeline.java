package dev.colloquy.importer.pipeline;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.article.AssembleArticle;
import dev.colloquy.importer.article.DetectImages;
import dev.colloquy.importer.article.MarkDebris;
import dev.colloquy.importer.article.MarkHeadline;
import dev.colloquy.importer.article.MarkPageFurniture;
import dev.colloquy.importer.article.MarkStandfirst;
import dev.colloquy.importer.article.ReadDateline;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.RecogniseEntities;
import dev.colloquy.importer.html.SplitHtmlBlocks;
import dev.colloquy.importer.interview.FindParticipants;
import dev.colloquy.importer.layout.DetectFormat;
import dev.colloquy.importer.layout.DetectTurnLabels;
import dev.colloquy.importer.markdown.ReadFrontMatter;
import dev.colloquy.importer.markdown.SplitMarkdownBlocks;
import dev.colloquy.importer.quote.AlignQuoteSources;
import dev.colloquy.importer.quote.CollectQuotes;
import dev.colloquy.importer.quote.DetectPullQuotes;
import dev.colloquy.importer.transcript.FindTranscriptIntro;
import dev.colloquy.importer.transcript.SegmentLabelledTurns;
import dev.colloquy.importer.transcript.SegmentTranscript;
import dev.colloquy.importer.transcript.TurnWeights;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The import as a sequence of named stages over one {@link WorkingDocument}. The order matters: each
 * stage claims the blocks it recognises, so that later stages see only what is left. The source format is
 * decided first and exactly one splitter (plain text, Markdown, HTML) cuts the blocks; then the turn labels
 * are read, so that labelled turns are claimed before anything can mistake them for furniture. Layout
 * (pictures, pull quotes, page furniture, debris) is claimed next, and the transcript is segmented from the
 * prose that remains: by its labels when it has them, by the turn scorer's decoder when it has not.
 */
public final class Pipeline {

    private final List<Stage> stages;

    /**
     * @throws IllegalArgumentException when a stage requires a fact that no stage before it provides, naming
     *                                  the stage and the fact: a misordered pipeline never runs
     */
    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        checkOrder(this.stages);
    }

    private static void checkOrder(List<Stage> stages) {
        Map<Fact, String> providers = new EnumMap<>(Fact.class);
        for (Stage stage : stages) {
            for (Fact fact : stage.requires()) {
                if (!providers.containsKey(fact)) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + fact
                            + ", which no earlier stage provides" + laterProvider(stages, stage, fact));
                }
            }
            stage.provides().forEach(fact -> providers.putIfAbsent(fact, stage.name()));
        }
    }

    private static String laterProvider(List<Stage> stages, Stage stage, Fact fact) {
        return stages.subList(stages.indexOf(stage), stages.size()).stream()
                .filter(later -> later.provides().contains(fact))
                .findFirst()
                .map(later -> " (stage '" + later.name() + "' provides it later)")
                .orElse("");
    }

    public static Pipeline standard() {
        return standard(TurnWeights.shipped());
    }

    /** The standard pipeline with other turn-scorer weights: for trying refitted weights before shipping them. */
    public static Pipeline standard(TurnWeights weights) {
        return new Pipeline(List.of(
                new ReadFrontMatter(),
                new DetectFormat(),
                new SplitBlocks(),
                new SplitMarkdownBlocks(),
                new SplitHtmlBlocks(),
                new MarkHeadline(),
                new DetectTurnLabels(),
                new DetectImages(),
                new FindParticipants(),
                new DetectPullQuotes(),
                MarkPageFurniture.scraps(),
                new MarkDebris(),
                new MarkStandfirst(),
                MarkPageFurniture.strayHeadings(),
                new FindTranscriptIntro(),
                new SegmentLabelledTurns(weights),
                new SegmentTranscript(weights),
                new ReadDateline(),
                new RecogniseEntities(),
                new CollectQuotes(),
                new AlignQuoteSources()));
    }

    /** Only the stages that decide the format and cut the blocks: what the block invariants are about. */
    public static Pipeline blocksOnly() {
        return new Pipeline(List.of(
                new ReadFrontMatter(),
                new DetectFormat(),
                new SplitBlocks(),
                new SplitMarkdownBlocks(),
                new SplitHtmlBlocks()));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage, then gathers the result; the working document is returned for inspection. */
    public WorkingDocument annotate(SourceDocument source) throws ImportException {
        return annotate(source, ImportOptions.DETECT, List.of());
    }

    /**
     * Runs the stages over one source and returns the annotated working document.
     *
     * @param earlier warnings found before the pipeline ran, e.g. by the decoder, reported with the stages' own
     */
    public WorkingDocument annotate(SourceDocument source, ImportOptions options, List<ImportWarning> earlier)
            throws ImportException {
        WorkingDocument document = new WorkingDocument(source, options);
        earlier.forEach(warning -> document.warn(warning.code(), warning.line(), warning.message()));
        for (Stage stage : stages) {
            apply(stage, document);
        }
        return document;
    }

    /**
     * Runs the stages that come before the first stage of the given class, leaving the document as that
     * stage would find it: how the turn scorer's training data is read.
     */
    public WorkingDocument annotateBefore(
            SourceDocument source, ImportOptions options, List<ImportWarning> earlier, Class<? extends Stage> stop)
            throws ImportException {
        WorkingDocument document = new WorkingDocument(source, options);
        earlier.forEach(warning -> document.warn(warning.code(), warning.line(), warning.message()));
        for (Stage stage : stages) {
            if (stop.isInstance(stage)) {
                break;
            }
            apply(stage, document);
        }
        return document;
    }

    /** Runs one stage, noting its time under its name. */
    private static void apply(Stage stage, WorkingDocument document) throws ImportException {
        long start = System.nanoTime();
        stage.apply(document);
        document.timed(stage.name(), System.nanoTime() - start);
    }

    public ParsedArticle run(SourceDocument source) throws ImportException {
        return run(source, ImportOptions.DETECT, List.of());
    }

    public ParsedArticle run(SourceDocument source, ImportOptions options, List<ImportWarning> earlier)
            throws ImportException {
        WorkingDocument document = annotate(source, options, earlier);
        try {
            return AssembleArticle.from(document);
        } catch (IllegalArgumentException impossible) {
            throw new ImportException(
                    document.name(), "the importer built an inconsistent article: " + impossible.getMessage());
        }
    }
}
