package dev.colloquy.importer.benchmark;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.RecogniseEntities;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.source.SourceDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The texts the benchmarks read, from the importer module's folder (where the benchmark profile runs them): the
 * sample, and the press briefings of the development part of the real-interview corpus (2021 and 2022 only; the
 * held-out years are never read here).
 */
final class BenchmarkTexts {

    static final Path SAMPLE = Path.of("..", "corpus", "al-majalla-rutte-interview.txt");

    /** The longest development briefing: a Markdown transcript of 74 exchanges, hard-wrapped, with no-break spaces. */
    static final Path LONGEST_BRIEFING = Path.of("..", "evaluation", "corpus", "wh-briefings-2022",
            "2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md");

    private static final List<Path> BRIEFING_FOLDERS = List.of(
            Path.of("..", "evaluation", "corpus", "wh-briefings-2021"),
            Path.of("..", "evaluation", "corpus", "wh-briefings-2022"));

    /** One document to parse: its bytes and where they come from. */
    record Text(String name, byte[] bytes, Origin origin) {}

    private BenchmarkTexts() {}

    static Text sample() {
        return new Text("sample", read(SAMPLE), Origin.file("al-majalla-rutte-interview.txt"));
    }

    static Text longestBriefing() {
        return markdown("briefing", read(LONGEST_BRIEFING));
    }

    /** Every development briefing (the folders' Markdown transcripts, not their SOURCE.md), by name. */
    static List<Text> briefings() {
        List<Text> texts = new ArrayList<>();
        for (Path folder : BRIEFING_FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".md"))
                        .filter(file -> !file.getFileName().toString().equals("SOURCE.md"))
                        .sorted()
                        .forEach(file -> texts.add(markdown(file.getFileName().toString(), read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /**
     * The longest briefing repeated until it is at least {@code bytes} long: the same kind of text at every size,
     * so that time against size shows how each stage grows.
     */
    static Text briefingOfSize(int bytes) {
        byte[] one = read(LONGEST_BRIEFING);
        int copies = (bytes + one.length - 1) / one.length;
        byte[] many = new byte[copies * one.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(one, 0, many, i * one.length, one.length);
        }
        return markdown("briefing × " + copies, Arrays.copyOf(many, many.length));
    }

    static long bytes(List<Text> texts) {
        return texts.stream().mapToLong(text -> text.bytes().length).sum();
    }

    private static Text markdown(String name, byte[] bytes) {
        return new Text(name, bytes, new Origin(name, null, "text/markdown"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the pipeline over a text and returns the working document, with its stage timings. */
    static WorkingDocument annotate(Pipeline pipeline, Text text) throws ImportException {
        SourceDecoder.Decoded decoded = SourceDecoder.read(text.bytes(), text.origin());
        return pipeline.annotate(decoded.document(), ImportOptions.DETECT, decoded.warnings());
    }

    /** Decodes a text and imports it with the given pipeline, assembly included, as the importer does. */
    static ParsedArticle parse(Pipeline pipeline, Text text) throws ImportException {
        SourceDecoder.Decoded decoded = SourceDecoder.read(text.bytes(), text.origin());
        return pipeline.run(decoded.document(), ImportOptions.DETECT, decoded.warnings());
    }

    /**
     * The standard pipeline with the entity stage replaced by one that finds nothing: what the importer costs
     * apart from the name model, which is another issue's work. The later stages read an empty entity list.
     */
    static Pipeline withoutEntities() {
        return new Pipeline(Pipeline.standard().stages().stream()
                .map(stage -> stage instanceof RecogniseEntities ? NO_ENTITIES : stage)
                .toList());
    }

    private static final Stage NO_ENTITIES = new Stage() {
        @Override
        public String name() {
            return "no-entities";
        }

        @Override
        public Set<Fact> requires() {
            return Set.of();
        }

        @Override
        public Set<Fact> provides() {
            return Set.of(Fact.ENTITIES);
        }

        @Override
        public void apply(WorkingDocument document) {
            // Finds nothing on purpose.
        }
    };

    /**
     * The pipeline with each stage timed by the CPU time of the thread that runs it, added to the given totals by
     * stage name. On a machine shared with other work, wall-clock time counts the moments the thread waited for a
     * core; CPU time mostly does not, so it shows how a stage grows with the document more faithfully.
     */
    static Pipeline onCpuClock(Pipeline pipeline, Map<String, Long> totals) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new Pipeline(pipeline.stages().stream()
                .map(stage -> (Stage) new CpuTimed(stage, totals, threads))
                .toList());
    }

    /** A stage that adds the CPU time it takes to a total under its name. */
    private record CpuTimed(Stage stage, Map<String, Long> totals, ThreadMXBean threads) implements Stage {

        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public Set<Fact> requires() {
            return stage.requires();
        }

        @Override
        public Set<Fact> provides() {
            return stage.provides();
        }

        @Override
        public Set<BlockKind> claims() {
            return stage.claims();
        }

        @Override
        public void apply(WorkingDocument document) throws ImportException {
            long start = threads.getCurrentThreadCpuTime();
            stage.apply(document);
            totals.merge(stage.name(), threads.getCurrentThreadCpuTime() - start, Long::sum);
        }
    }
}
