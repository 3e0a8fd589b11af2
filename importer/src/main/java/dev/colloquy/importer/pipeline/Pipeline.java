package dev.colloquy.importer.pipeline;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.article.AssembleArticle;
import dev.colloquy.importer.article.DetectImages;
import dev.colloquy.importer.article.MarkHeadline;
import dev.colloquy.importer.article.MarkPageFurniture;
import dev.colloquy.importer.article.MarkStandfirst;
import dev.colloquy.importer.article.ReadDateline;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.RecogniseEntities;
import dev.colloquy.importer.interview.FindParticipants;
import dev.colloquy.importer.quote.AlignQuoteSources;
import dev.colloquy.importer.quote.CollectQuotes;
import dev.colloquy.importer.quote.DetectPullQuotes;
import dev.colloquy.importer.transcript.FindTranscriptIntro;
import dev.colloquy.importer.transcript.SegmentTranscript;
import java.util.List;

/**
 * The import as a sequence of named stages over one {@link WorkingDocument}. The order matters: each
 * stage claims the blocks it recognises, so that later stages see only what is left. Layout (pictures,
 * pull quotes, page furniture) is claimed first, and the transcript is segmented from the prose that
 * remains.
 */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline standard() {
        return new Pipeline(List.of(
                new SplitBlocks(),
                new MarkHeadline(),
                new DetectImages(),
                new FindParticipants(),
                new DetectPullQuotes(),
                MarkPageFurniture.scraps(),
                new MarkStandfirst(),
                MarkPageFurniture.strayHeadings(),
                new FindTranscriptIntro(),
                new SegmentTranscript(),
                new ReadDateline(),
                new RecogniseEntities(),
                new CollectQuotes(),
                new AlignQuoteSources()));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage, then gathers the result; the working document is returned for inspection. */
    public WorkingDocument annotate(SourceDocument source) throws ImportException {
        WorkingDocument document = new WorkingDocument(source);
        for (Stage stage : stages) {
            stage.apply(document);
        }
        return document;
    }

    public ParsedArticle run(SourceDocument source) throws ImportException {
        WorkingDocument document = annotate(source);
        try {
            return AssembleArticle.from(document);
        } catch (IllegalArgumentException impossible) {
            throw new ImportException(document.name(), "the importer built an inconsistent article: "
                    + impossible.getMessage());
        }
    }
}
