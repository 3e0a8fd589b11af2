package dev.colloquy.importer.benchmark;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Throughput of the whole import (decode, every stage, assembly) on the sample article and on a long press
 * briefing of the real-interview corpus (development part), one thread.
 * JMH reports documents per second; MB/s is that figure times the sample's size, which the setup prints
 * so that BENCHMARK.md can record both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImporterBenchmark {

    /** Run from the importer module's folder, as the benchmark profile does. */
    private static final Path SAMPLE = Path.of("..", "corpus", "al-majalla-rutte-interview.txt");

    /** The longest development briefing: a Markdown transcript of 74 exchanges, hard-wrapped, with no-break spaces. */
    private static final Path BRIEFING = Path.of("..", "evaluation", "corpus", "wh-briefings-2022",
            "2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md");

    private final Importer importer = Importer.standard();
    private final Origin origin = Origin.file("al-majalla-rutte-interview.txt");
    private final Origin briefingOrigin = new Origin("briefing.md", null, "text/markdown");
    private byte[] sample;
    private byte[] briefing;

    @Setup(Level.Trial)
    public void readSample(BenchmarkParams params) throws IOException {
        sample = Files.readAllBytes(SAMPLE);
        briefing = Files.readAllBytes(BRIEFING);
        System.out.printf("%nsample: %d bytes (%.4f MB); briefing: %d bytes (%.4f MB)%n", sample.length,
                sample.length / 1_000_000.0, briefing.length, briefing.length / 1_000_000.0);
    }

    @Benchmark
    public ParsedArticle parseSample() throws ImportException {
        return importer.parse(sample, origin);
    }

    @Benchmark
    public ParsedArticle parseBriefing() throws ImportException {
        return importer.parse(briefing, briefingOrigin);
    }
}
