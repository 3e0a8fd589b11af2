package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.ingest.CorpusIngest;
import dev.colloquy.api.ingest.CorpusRun;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file of the corpus folder is one article across edits: its file name is the evidence. Two files whose
 * headlines agree are still two articles.
 */
@QuarkusTest
@TestProfile(CorpusRevisionTest.WithWritableCorpusFolder.class)
class CorpusRevisionTest {

    static final Path FOLDER = Path.of("target", "corpus-revision-test");

    /** A corpus folder the test writes into, and a database of its own. */
    public static class WithWritableCorpusFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "colloquy.corpus.dir",
                    FOLDER.toString(),
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:colloquy-corpus-revision-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    CorpusIngest corpus;

    @Test
    void aRestartReadsOnlyTheFilesWhoseSizeOrTimeChanged() throws IOException {
        emptyFolder();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "gaggle-" + run + ".txt";
        write(name, SyntheticInterviews.article("stamp " + run, 2));
        write("other-" + run + ".txt", SyntheticInterviews.article("other " + run, 2));
        assertThat(corpus.importAll().imported()).isEqualTo(2);

        CorpusRun again = corpus.importAll();
        assertThat(again.unread()).as("both files unchanged: not read").isEqualTo(2);
        assertThat(again.known()).as("and known, with the sample").isEqualTo(3);

        // An edit that keeps the size and the time is trusted as no edit: the price of not reading, and why
        // colloquy.corpus.trust-file-times can be turned off.
        Path file = FOLDER.resolve(name);
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("patience", "PATIENCE"));
        Files.setLastModifiedTime(file, time);
        assertThat(corpus.importAll().imported()).as("same size and time").isZero();

        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1000));
        CorpusRun touched = corpus.importAll();
        assertThat(touched.unread()).as("only the other file unread").isEqualTo(1);
        assertThat(touched.imported())
                .as("the edit read and imported as a revision")
                .isEqualTo(1);
    }

    @Test
    void anEditedFileRevisesItsArticleAndAnotherFileWithTheSameHeadlineStaysApart() throws IOException {
        // Names of their own: files left by an earlier run were imported on start, and a file of the same
        // name would rightly be a revision of that earlier article.
        emptyFolder();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tag = "lot " + run;
        String monday = "briefing-monday-" + run + ".txt";
        write(monday, SyntheticInterviews.article(tag, 2, "hall 1"));
        write("briefing-tuesday-" + run + ".txt", SyntheticInterviews.article(tag, 4, "hall 2"));
        assertThat(corpus.importAll().imported()).isEqualTo(2);
        List<Map<String, Object>> before = articlesAbout(tag);

        write(monday, SyntheticInterviews.article(tag, 3, "hall 1"));
        assertThat(corpus.importAll().imported()).isEqualTo(1);
        List<Map<String, Object>> after = articlesAbout(tag);

        assertThat(before).hasSize(2);
        assertThat(after).hasSize(2);
        assertThat(after)
                .extracting(a -> a.get("id"))
                .containsExactlyElementsOf(before.stream().map(a -> a.get("id")).toList());
        assertThat(after).extracting(a -> a.get("revision")).containsExactly(2, 1);
        assertThat(after).extracting(a -> exchangeCount(a)).containsExactly(3, 4);
    }

    private static void emptyFolder() throws IOException {
        Files.createDirectories(FOLDER);
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(FOLDER.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The articles whose headline has the tag, oldest first. */
    private static List<Map<String, Object>> articlesAbout(String tag) {
        JsonPath body = GraphQL.data("{ articles(first: 100) { nodes { id headline revision"
                + " interview { exchanges { totalCount } } } } }");
        return body.<Map<String, Object>>getList("data.articles.nodes").stream()
                .filter(a -> ((String) a.get("headline")).contains(tag))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Object exchangeCount(Map<String, Object> article) {
        Map<String, Object> interview = (Map<String, Object>) article.get("interview");
        return ((Map<String, Object>) interview.get("exchanges")).get("totalCount");
    }
}
