package dev.colloquy.importer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.article.DetectImages;
import dev.colloquy.importer.article.MarkHeadline;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.FactWatcher;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.RecogniseEntities;
import dev.colloquy.importer.layout.DetectFormat;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.markdown.ReadFrontMatter;
import dev.colloquy.importer.quote.CollectQuotes;
import dev.colloquy.importer.source.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds every stage of the standard pipeline to its contract on real documents: the sample and the
 * development part of the real-interview corpus (the held-out part is never opened). Each stage runs on a
 * document that reports every read and write of a fact; what it reads must be among the facts it requires or
 * provides, what it writes among those it provides, and the kinds it gives blocks among those it claims.
 */
class StageRequirementsTest {

    private static final Path CORPUS = Path.of("..", "evaluation", "corpus");
    private static final Path SPLITS = Path.of("..", "evaluation", "splits.tsv");

    /** What one stage did to one document. */
    record Observed(String stage, String document, Set<Fact> read, Set<Fact> wrote, Set<BlockKind> claimed) {}

    private static final List<Observed> observed = new ArrayList<>();

    @BeforeAll
    static void runEveryStageOnRealDocuments() throws Exception {
        List<Path> documents = new ArrayList<>();
        documents.add(TestDocuments.SAMPLE);
        documents.addAll(developmentDocuments());
        for (Path path : documents) {
            observe(path);
        }
    }

    /** The documents of the sources the splits file puts in the development part; held-out folders stay shut. */
    private static List<Path> developmentDocuments() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (String line : Files.readAllLines(SPLITS)) {
            String[] fields = line.strip().split("\t");
            if (line.startsWith("#") || fields.length != 2 || !fields[1].equals("dev")) {
                continue;
            }
            try (Stream<Path> files = Files.list(CORPUS.resolve(fields[0]))) {
                files.filter(file -> SourceFormat.ofFileName(file.toString()) != null
                                || file.toString().endsWith(".txt"))
                        .filter(file -> !file.getFileName().toString().equals("SOURCE.md"))
                        .sorted()
                        .forEach(documents::add);
            }
        }
        return documents;
    }

    private static void observe(Path path) throws Exception {
        String name = path.getFileName().toString();
        SourceFormat format = SourceFormat.ofFileName(name);
        var decoded = SourceDecoder.read(
                Files.readAllBytes(path), new Origin(name, null, format == null ? null : format.mediaType()));
        WorkingDocument document = new WorkingDocument(decoded.document(), ImportOptions.DETECT);
        Recorder recorder = new Recorder();
        document.watch(recorder);
        for (Stage stage : Pipeline.standard().stages()) {
            recorder.clear();
            Map<Block, BlockKind> kinds = new LinkedHashMap<>();
            Map<Block, TurnLabel> labels = new LinkedHashMap<>();
            snapshot(document, kinds, labels);
            stage.apply(document);
            Set<BlockKind> claimed = EnumSet.noneOf(BlockKind.class);
            Set<Fact> wrote = EnumSet.copyOf(recorder.wrote);
            for (Block block : blocksQuietly(document)) {
                if (kinds.containsKey(block) && kinds.get(block) != block.kind()) {
                    claimed.add(block.kind());
                }
                if (kinds.containsKey(block) && !Objects.equals(labels.get(block), block.label())) {
                    wrote.add(Fact.TURN_LABELS); // a block's turn label is part of what the labels say
                }
            }
            observed.add(new Observed(stage.name(), name, EnumSet.copyOf(recorder.read), wrote, claimed));
        }
    }

    private static void snapshot(WorkingDocument document, Map<Block, BlockKind> kinds, Map<Block, TurnLabel> labels) {
        for (Block block : blocksQuietly(document)) {
            kinds.put(block, block.kind());
            labels.put(block, block.label());
        }
    }

    /** The blocks, read behind the recorder's back: the test's own reads are no stage's. */
    private static List<Block> blocksQuietly(WorkingDocument document) {
        FactWatcher recorder = document.watch(FactWatcher.NONE);
        List<Block> blocks = document.blocks();
        document.watch(recorder);
        return blocks;
    }

    @Test
    void everyStageReadsOnlyWhatItRequiresOrProvides() {
        List<String> breaches = new ArrayList<>();
        for (Observed seen : observed) {
            Stage stage = stage(seen.stage());
            Set<Fact> allowed = EnumSet.noneOf(Fact.class);
            allowed.addAll(stage.requires());
            allowed.addAll(stage.provides());
            seen.read().stream()
                    .filter(fact -> !allowed.contains(fact))
                    .forEach(fact -> breaches.add(seen.stage() + " read " + fact + " in " + seen.document()));
        }
        assertThat(new LinkedHashSet<>(breaches)).isEmpty();
    }

    @Test
    void everyStageWritesOnlyWhatItProvidesAndClaimsOnlyWhatItDeclares() {
        List<String> breaches = new ArrayList<>();
        for (Observed seen : observed) {
            Stage stage = stage(seen.stage());
            seen.wrote().stream()
                    .filter(fact -> !stage.provides().contains(fact))
                    .forEach(fact -> breaches.add(seen.stage() + " wrote " + fact + " in " + seen.document()));
            seen.claimed().stream()
                    .filter(kind -> !stage.claims().contains(kind))
                    .forEach(kind ->
                            breaches.add(seen.stage() + " claimed a block as " + kind + " in " + seen.document()));
        }
        assertThat(new LinkedHashSet<>(breaches)).isEmpty();
    }

    /** A contract wider than the work is no contract: every declared fact is written on some real document. */
    @Test
    void everyProvidedFactIsWrittenSomewhere() {
        List<String> unused = new ArrayList<>();
        for (Stage stage : Pipeline.standard().stages()) {
            Set<Fact> written = EnumSet.noneOf(Fact.class);
            observed.stream()
                    .filter(seen -> seen.stage().equals(stage.name()))
                    .forEach(seen -> written.addAll(seen.wrote()));
            stage.provides().stream()
                    .filter(fact -> !written.contains(fact))
                    .forEach(fact -> unused.add(stage.name() + " never wrote " + fact));
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyRequiredFactIsReadSomewhere() {
        List<String> unused = new ArrayList<>();
        for (Stage stage : Pipeline.standard().stages()) {
            Set<Fact> read = EnumSet.noneOf(Fact.class);
            observed.stream()
                    .filter(seen -> seen.stage().equals(stage.name()))
                    .forEach(seen -> read.addAll(seen.read()));
            stage.requires().stream()
                    .filter(fact -> !read.contains(fact))
                    .forEach(fact -> unused.add(stage.name() + " never read " + fact));
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void theDocumentsCoverEveryFormat() {
        assertThat(observed)
                .extracting(Observed::document)
                .anyMatch(name -> name.endsWith(".html"))
                .anyMatch(name -> name.endsWith(".md"))
                .anyMatch(name -> name.endsWith(".txt"));
        assertThat(observed.stream().map(Observed::document).distinct().count()).isGreaterThan(60);
    }

    @Test
    void aMisorderedPipelineFailsToBuildNamingTheStageAndTheFact() {
        assertThatThrownBy(() -> new Pipeline(List.of(new ReadFrontMatter(), new SplitBlocks(), new DetectFormat())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'split-blocks' requires FORMAT, which no earlier stage provides"
                        + " (stage 'detect-format' provides it later)");
        assertThatThrownBy(() -> new Pipeline(List.of(new CollectQuotes())))
                .hasMessageStartingWith("stage 'collect-quotes' requires ");
        assertThatThrownBy(() -> new Pipeline(List.of(
                        new ReadFrontMatter(),
                        new DetectFormat(),
                        new SplitBlocks(),
                        new MarkHeadline(),
                        new DetectImages())))
                .hasMessage("stage 'mark-headline' requires HTML_HINTS, which no earlier stage provides");
    }

    @Test
    void theStandardPipelineIsInOrderAndItsStagesAreNamedOnce() {
        List<String> names =
                Pipeline.standard().stages().stream().map(Stage::name).toList();
        assertThat(names).doesNotHaveDuplicates().contains("split-blocks", "collect-quotes", "align-quote-sources");
        assertThat(new Pipeline(Pipeline.standard().stages().subList(0, 5)).stages())
                .hasSize(5);
        assertThatThrownBy(() -> new Pipeline(List.of(new RecogniseEntities())))
                .hasMessageContaining("recognise-entities");
    }

    @Test
    void eachStageIsTimedUnderItsName() throws Exception {
        WorkingDocument document =
                Pipeline.standard().annotate(TestDocuments.document("sample.txt", TestDocuments.sampleText()));
        assertThat(document.timings())
                .extracting(WorkingDocument.StageTime::stage)
                .containsExactlyElementsOf(
                        Pipeline.standard().stages().stream().map(Stage::name).toList());
        assertThat(document.timings()).allMatch(time -> time.nanos() >= 0);
    }

    private static Stage stage(String name) {
        return Pipeline.standard().stages().stream()
                .filter(stage -> stage.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Notes which facts are read and written until cleared. */
    private static final class Recorder implements FactWatcher {

        final Set<Fact> read = EnumSet.noneOf(Fact.class);
        final Set<Fact> wrote = EnumSet.noneOf(Fact.class);

        @Override
        public void read(Fact fact) {
            read.add(fact);
        }

        @Override
        public void wrote(Fact fact) {
            wrote.add(fact);
        }

        void clear() {
            read.clear();
            wrote.clear();
        }
    }
}
