package dev.colloquy.importer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    private static final String GOLD = """
            {"document": "outlet/a.txt", "source": {"licence": "CC BY 4.0"}, "derivedFrom": null, "format": "text",
             "layout": "unlabelled", "headline": "A", "interviewees": ["Ann Beek"], "interviewers": [],
             "publication": null, "exchanges": [{"question": "Why?", "answer": "Because."}]}
            """;

    private Path corpus() throws Exception {
        Path source = Files.createDirectories(dir.resolve("corpus/outlet"));
        Files.writeString(source.resolve("a.txt"), "A\n\nWhy?\n\nBecause.\n");
        Files.writeString(source.resolve("a.gold.json"), GOLD);
        return dir.resolve("corpus");
    }

    @Test
    void loadsEveryGoldFileWithItsPart() throws Exception {
        Path corpus = corpus();
        Files.writeString(dir.resolve("splits.tsv"), "# comment\noutlet\ttest\n");
        Corpus loaded = Corpus.load(corpus, dir.resolve("splits.tsv"));
        assertThat(loaded.entries()).hasSize(1);
        assertThat(loaded.part(Corpus.TEST)).hasSize(1);
        assertThat(loaded.part(Corpus.DEV)).isEmpty();
        assertThat(loaded.entries().get(0).gold().sourceName()).isEqualTo("outlet");
    }

    @Test
    void aSourceWithoutASplitIsNamed() throws Exception {
        Path corpus = corpus();
        Files.writeString(dir.resolve("splits.tsv"), "other\tdev\n");
        assertThatThrownBy(() -> Corpus.load(corpus, dir.resolve("splits.tsv")))
                .hasMessageContaining("splits.tsv: no split for source 'outlet'");
    }

    @Test
    void aBadSplitLineIsNamedWithItsNumber() throws Exception {
        Path corpus = corpus();
        Files.writeString(dir.resolve("splits.tsv"), "outlet\tdev\noutlet train\n");
        assertThatThrownBy(() -> Corpus.load(corpus, dir.resolve("splits.tsv")))
                .hasMessageContaining("splits.tsv:2: expected 'source dev' or 'source test'");
    }

    @Test
    void aGoldFileWithoutAFieldIsNamedWithTheField() throws Exception {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("outlet/a.gold.json"), GOLD.replace("\"headline\": \"A\",", ""));
        Files.writeString(dir.resolve("splits.tsv"), "outlet\tdev\n");
        assertThatThrownBy(() -> Corpus.load(corpus, dir.resolve("splits.tsv")))
                .hasMessageContaining("a.gold.json: field 'headline' is missing");
    }

    @Test
    void aGoldFileNamingAMissingDocumentIsRefused() throws Exception {
        Path corpus = corpus();
        Files.delete(corpus.resolve("outlet/a.txt"));
        Files.writeString(dir.resolve("splits.tsv"), "outlet\tdev\n");
        assertThatThrownBy(() -> Corpus.load(corpus, dir.resolve("splits.tsv")))
                .hasMessageContaining("names outlet/a.txt, which does not exist");
    }
}
