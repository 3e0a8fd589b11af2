package dev.colloquy.importer.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How train-names gathers its training text from the folder of converted sets. */
class NameModelTrainingTest {

    @TempDir
    Path dir;

    @Test
    void trainsOnEveryConvertedSetInNameOrderAndNeverOnGumsTestPart() throws IOException {
        write("wikigold-train.txt", "<START:person> Ada Lovelace <END> wrote notes .\n");
        write("gum-train.txt", "<START:location> Paris <END> is large .\n");
        write("gum-test.txt", "<START:location> Rome <END> is old .\n");
        write("SOURCE.md", "# sources\n");

        List<Path> files = NameModelTraining.trainingFiles(dir);

        assertThat(files.stream().map(p -> p.getFileName().toString()))
                .containsExactly("gum-train.txt", "wikigold-train.txt");
    }

    @Test
    void aBlankLineClosesEachFilesLastDocument() throws IOException {
        write("a-train.txt", "First document .\n");
        write("b-train.txt", "Second document .\n");

        String text = new String(
                NameModelTraining.trainingText(NameModelTraining.trainingFiles(dir)), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("First document .\n\nSecond document .\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
