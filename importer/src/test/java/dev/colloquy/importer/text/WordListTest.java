package dev.colloquy.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListTest {

    /** The module's own resources and the api's, read from the source tree (the test runs in the module). */
    private static final List<Path> FOLDERS =
            List.of(Path.of("src/main/resources"), Path.of("../api/src/main/resources/search"));

    @Test
    void everyListSaysWhatItIsWhereItComesFromAndItsLicence() throws IOException {
        for (Path file : listFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header =
                    lines.stream().takeWhile(line -> line.startsWith("#")).toList();
            String text = String.join(" ", header).replace("# ", "").toLowerCase();
            assertThat(header).as("%s opens with comments", file).hasSizeGreaterThanOrEqualTo(2);
            assertThat(text).as("%s names its source", file).containsAnyOf("written for colloquy", "hand-made");
            assertThat(text).as("%s states its licence", file).contains("licence");
        }
    }

    @Test
    void noListRepeatsAnEntry() throws IOException {
        for (Path file : listFiles()) {
            List<String> entries = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            assertThat(entries).as("%s", file).doesNotHaveDuplicates();
        }
    }

    @Test
    void readsAListAsWordsAsWrittenAndAsAPatternInItsOrder() {
        assertThat(WordList.load("/entity/organization-words.txt"))
                .contains("council")
                .doesNotContain("Council");
        assertThat(WordList.asWritten("/entity/organization-words.txt")).contains("Council", "FC");
        assertThat(Pattern.compile("\\b(" + WordList.choice("/layout/asker-labels.txt") + ")\\b")
                        .matcher("AUDIENCE MEMBER")
                        .results()
                        .map(match -> match.group(1))
                        .toList())
                .as("the file's order is the pattern's preference")
                .containsExactly("AUDIENCE");
    }

    private static List<Path> listFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.filter(path -> path.toString().endsWith(".txt")
                                || path.toString().endsWith(".tsv"))
                        .filter(path -> !path.getFileName().toString().equals("turn-weights.tsv"))
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(40);
        return files;
    }
}
