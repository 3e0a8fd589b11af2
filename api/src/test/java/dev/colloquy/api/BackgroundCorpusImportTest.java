package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.ingest.CorpusIngest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * As shipped, the corpus folder is imported after the service starts answering: it is live at once, not ready
 * (with the import's progress) until every file of the folder is in, and then holds all of them.
 */
@QuarkusTest
@TestProfile(BackgroundCorpusImportTest.FolderImportedInTheBackground.class)
class BackgroundCorpusImportTest {

    static final Path FOLDER = Path.of("target", "background-import-test");
    static final int FILES = 20;

    /** A folder of new articles written before the service starts, imported in the background. */
    public static class FolderImportedInTheBackground implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            writeFolder();
            return Map.of(
                    "colloquy.corpus.dir", FOLDER.toString(),
                    "colloquy.corpus.background-import", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:colloquy-background-import-test;DB_CLOSE_DELAY=-1");
        }
    }

    /** Holds the background import at its start until the test has seen the service while it runs. */
    @ApplicationScoped
    public static class HoldTheImport {
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        void atStart(@Observes CorpusIngest.FolderImportStarting starting) throws InterruptedException {
            RELEASE.await(60, TimeUnit.SECONDS); // never holds a service for good, whatever a test does
        }
    }

    @Test
    void theServiceIsLiveAtOnceAndReadyWithTheWholeFolderOnceItIsImported() throws InterruptedException {
        given().when().get("/q/health/live").then().statusCode(200);
        Response whileImporting = given().when().get("/q/health/ready");
        assertThat(whileImporting.statusCode())
                .as("not ready while the folder is imported")
                .isEqualTo(503);
        assertThat(whileImporting.jsonPath().getString("checks.find { it.name == 'corpus-import' }.status"))
                .isEqualTo("DOWN");
        assertThat(GraphQL.data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount"))
                .as("the sample is served while the folder is imported")
                .isEqualTo(1);
        HoldTheImport.RELEASE.countDown();

        List<JsonPath> notReady = new ArrayList<>();
        long deadline = System.nanoTime() + 180_000_000_000L;
        Response ready;
        while ((ready = given().when().get("/q/health/ready")).statusCode() != 200) {
            assertThat(ready.statusCode()).as("readiness while importing").isEqualTo(503);
            notReady.add(ready.jsonPath());
            assertThat(System.nanoTime()).as("imported within three minutes").isLessThan(deadline);
            Thread.sleep(100);
        }

        for (JsonPath health : notReady) {
            Map<String, Object> check = health.getMap("checks.find { it.name == 'corpus-import' }");
            assertThat(check.get("status")).isEqualTo("DOWN");
            Map<?, ?> data = (Map<?, ?>) check.get("data");
            // Until the folder has been looked at, no file is known to be new.
            assertThat((Integer) data.get("newFiles")).as("files found new").isIn(0, FILES);
            assertThat((Integer) data.get("done")).isBetween(0, FILES);
        }
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'corpus-import' }.status"))
                .isEqualTo("UP");
        assertThat(GraphQL.data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount"))
                .as("the sample and every file of the folder")
                .isEqualTo(FILES + 1);
    }

    private static void writeFolder() {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (int i = 0; i < FILES; i++) {
                Files.writeString(
                        FOLDER.resolve(String.format("interview-%02d.txt", i)),
                        SyntheticInterviews.article("background " + i, 3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
