package dev.colloquy.importer.benchmark;

import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.RecogniseEntities;
import dev.colloquy.importer.entity.model.NameModel;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.source.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The entity stage alone, warm: the statistical name model, the gazetteer, the rules and the resolution over
 * one article whose earlier stages have run (the sample, and the longest development briefing); and the name
 * model's load from the jar, cold each time (single shot). Average time per operation, in milliseconds.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EntityBenchmark {

    private static final Path SAMPLE = Path.of("..", "corpus", "al-majalla-rutte-interview.txt");
    private static final Path BRIEFING = Path.of("..", "evaluation", "corpus", "wh-briefings-2022",
            "2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md");

    private final RecogniseEntities stage = new RecogniseEntities();
    private byte[] sample;
    private byte[] briefing;
    private WorkingDocument sampleDocument;
    private WorkingDocument briefingDocument;

    @Setup(Level.Trial)
    public void read() throws IOException {
        sample = Files.readAllBytes(SAMPLE);
        briefing = Files.readAllBytes(BRIEFING);
        NameModel.standard();
    }

    /** Each invocation gets documents read up to the entity stage, so that entities are found afresh. */
    @Setup(Level.Invocation)
    public void readUpToEntities() throws ImportException {
        sampleDocument = upToEntities(sample, Origin.file("al-majalla-rutte-interview.txt"));
        briefingDocument = upToEntities(briefing, new Origin("briefing.md", null, "text/markdown"));
    }

    private static WorkingDocument upToEntities(byte[] bytes, Origin origin) throws ImportException {
        SourceDecoder.Decoded decoded = SourceDecoder.read(bytes, origin);
        return Pipeline.standard()
                .annotateBefore(decoded.document(), ImportOptions.DETECT, decoded.warnings(), RecogniseEntities.class);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public WorkingDocument entitiesOfSample() {
        stage.apply(sampleDocument);
        return sampleDocument;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public WorkingDocument entitiesOfBriefing() {
        stage.apply(briefingDocument);
        return briefingDocument;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public TokenNameFinderModel loadNameModel() throws IOException {
        try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            return new TokenNameFinderModel(in);
        }
    }
}
