package dev.colloquy.importer.benchmark;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the import on one thread: the sample article, the longest press briefing of the real-interview
 * corpus's development part, and all twelve development briefings (2021 and 2022) in one operation; each with the
 * whole pipeline (decode, every stage, assembly) and with the pipeline without its entity stage (the name model,
 * measured on its own by {@link EntityBenchmark}). JMH reports operations per second; the setup prints the bytes
 * of each operation, so that BENCHMARK.md can give documents/s and MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImporterBenchmark {

    private final Importer importer = Importer.standard();
    private final Pipeline withoutEntities = BenchmarkTexts.withoutEntities();
    private BenchmarkTexts.Text sample;
    private BenchmarkTexts.Text briefing;
    private List<BenchmarkTexts.Text> briefings;

    @Setup(Level.Trial)
    public void readTexts() {
        sample = BenchmarkTexts.sample();
        briefing = BenchmarkTexts.longestBriefing();
        briefings = BenchmarkTexts.briefings();
        System.out.printf("%nsample: %d bytes; longest briefing: %d bytes; %d development briefings: %d bytes%n",
                sample.bytes().length, briefing.bytes().length, briefings.size(), BenchmarkTexts.bytes(briefings));
    }

    @Benchmark
    public ParsedArticle parseSample() throws ImportException {
        return importer.parse(sample.bytes(), sample.origin());
    }

    @Benchmark
    public ParsedArticle parseBriefing() throws ImportException {
        return importer.parse(briefing.bytes(), briefing.origin());
    }

    /** One operation is all the development briefings, one after the other. */
    @Benchmark
    public void parseBriefings(Blackhole sink) throws ImportException {
        for (BenchmarkTexts.Text text : briefings) {
            sink.consume(importer.parse(text.bytes(), text.origin()));
        }
    }

    @Benchmark
    public ParsedArticle sampleWithoutEntities() throws ImportException {
        return BenchmarkTexts.parse(withoutEntities, sample);
    }

    @Benchmark
    public ParsedArticle briefingWithoutEntities() throws ImportException {
        return BenchmarkTexts.parse(withoutEntities, briefing);
    }

    @Benchmark
    public void briefingsWithoutEntities(Blackhole sink) throws ImportException {
        for (BenchmarkTexts.Text text : briefings) {
            sink.consume(BenchmarkTexts.parse(withoutEntities, text));
        }
    }
}
