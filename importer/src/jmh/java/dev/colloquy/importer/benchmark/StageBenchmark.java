package dev.colloquy.importer.benchmark;

import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Where the time goes, stage by stage, and how each stage grows with the document. One operation runs the whole
 * pipeline over one text: the sample, all development briefings (one after the other), or the longest briefing
 * repeated to 100 KB, 300 KB and 1 MB. Each stage is timed by the CPU time of the benchmark thread
 * ({@link BenchmarkTexts#onCpuClock}) over the measured iterations only (warm-up excluded), and printed per document
 * when the trial ends: the mean, and the least time of any operation, which on a shared machine is the nearer to
 * the importer's own speed.
 *
 * <p>Each trial appends its figures to {@code target/stage-times-with-entities.tsv} (or {@code -without-}); the trial of the largest size then fits,
 * for every stage, from its least times, the exponent k of time ∝ size^k over the sizes of this run (least squares on the logarithms),
 * so 1.0 is linear. The {@code entities} parameter runs the pipeline with or without the entity stage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {

    private static final String ALL_STAGES = "all stages";
    private static final List<String> SIZES = List.of("100000", "300000", "1000000");

    /** "sample", "briefings", or a size in bytes for the repeated briefing. */
    @Param({"sample", "briefings", "100000", "300000", "1000000"})
    public String text;

    @Param({"true", "false"})
    public boolean entities;

    private Pipeline pipeline;
    private List<BenchmarkTexts.Text> texts;
    /** Per stage, the sum over measured documents and the least time of one document (over all its texts). */
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    /** The CPU time of each stage in the operation under way. */
    private final Map<String, Long> operation = new LinkedHashMap<>();
    private final Map<String, Long> least = new LinkedHashMap<>();
    private long documents;
    private boolean measuring;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        pipeline = BenchmarkTexts.onCpuClock(
                entities ? Pipeline.standard() : BenchmarkTexts.withoutEntities(), operation);
        texts = switch (text) {
            case "sample" -> List.of(BenchmarkTexts.sample());
            case "briefings" -> BenchmarkTexts.briefings();
            default -> List.of(BenchmarkTexts.briefingOfSize(Integer.parseInt(text)));
        };
        if (text.equals(SIZES.get(0))) {
            Files.deleteIfExists(table());
        }
    }

    /** Only measured iterations count, not the warm-up. */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public int importTexts() throws ImportException {
        int exchanges = 0;
        operation.clear();
        for (BenchmarkTexts.Text one : texts) {
            WorkingDocument document = BenchmarkTexts.annotate(pipeline, one);
            exchanges += document.exchanges().size();
        }
        if (measuring) {
            documents += texts.size();
            operation.forEach((stage, time) -> {
                nanos.merge(stage, time, Long::sum);
                least.merge(stage, time, Math::min);
            });
            least.merge(ALL_STAGES, operation.values().stream().mapToLong(Long::longValue).sum(), Math::min);
        }
        return exchanges;
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        if (documents == 0) {
            return;
        }
        long bytes = BenchmarkTexts.bytes(texts) / texts.size();
        long operations = documents / texts.size();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n%s, entities %s: %,d bytes per document, %d measured operations; CPU ms per document, mean and least:%n",
                text, entities, bytes, operations));
        StringBuilder rows = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Long> stage : nanos.entrySet()) {
            double mean = stage.getValue() / 1e6 / documents;
            double fastest = least.get(stage.getKey()) / 1e6 / texts.size();
            total += mean;
            out.append(String.format(Locale.ROOT, "  %-24s %10.3f %10.3f%n", stage.getKey(), mean, fastest));
            rows.append(String.format(Locale.ROOT, "%d\t%s\t%.6f%n", bytes, stage.getKey(), fastest));
        }
        double fastest = least.get(ALL_STAGES) / 1e6 / texts.size();
        out.append(String.format(Locale.ROOT, "  %-24s %10.3f %10.3f  (%.2f MB/s mean, %.2f MB/s least)%n",
                ALL_STAGES, total, fastest, bytes / 1e6 / (total / 1e3), bytes / 1e6 / (fastest / 1e3)));
        rows.append(String.format(Locale.ROOT, "%d\t%s\t%.6f%n", bytes, ALL_STAGES, fastest));
        System.out.print(out);
        if (SIZES.contains(text)) {
            Path table = table();
            Files.writeString(table, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (text.equals(SIZES.get(SIZES.size() - 1))) {
                System.out.print(exponents(Files.readAllLines(table, StandardCharsets.UTF_8)));
            }
        }
    }

    /** Where the trials of one run leave their rows, with and without entities apart. */
    private Path table() {
        return Path.of("target", "stage-times-" + (entities ? "with" : "without") + "-entities.tsv");
    }

    /** For every stage, the slope of log(time) against log(size): the exponent of its growth. */
    static String exponents(List<String> rows) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\t");
            points.computeIfAbsent(cells[1], k -> new ArrayList<>())
                    .add(new double[] {Math.log(Double.parseDouble(cells[0])), Math.log(Double.parseDouble(cells[2]))});
        }
        Map<String, Double> slopes = new TreeMap<>();
        StringBuilder out = new StringBuilder("\nexponent of the least time against size (1.0 is linear):\n");
        points.forEach((stage, xy) -> {
            if (xy.size() >= 2 && xy.stream().allMatch(p -> Double.isFinite(p[1]))) {
                slopes.put(stage, slope(xy));
                out.append(String.format(Locale.ROOT, "  %-24s %5.2f%n", stage, slope(xy)));
            } else {
                out.append(String.format(Locale.ROOT, "  %-24s     –  (too fast to time)%n", stage));
            }
        });
        return out.toString();
    }

    private static double slope(List<double[]> xy) {
        double mx = xy.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = xy.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double num = 0;
        double den = 0;
        for (double[] p : xy) {
            num += (p[0] - mx) * (p[1] - my);
            den += (p[0] - mx) * (p[0] - mx);
        }
        return num / den;
    }
}
