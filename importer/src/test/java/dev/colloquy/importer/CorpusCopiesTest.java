package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project ships copies of the shared sample and gold files so that it builds anywhere; where the shared
 * originals are present, the copies must be identical to them.
 */
class CorpusCopiesTest {

    private static final Path SHARED = Path.of("..", "..", "shared");

    @Test
    void theSampleCopyIsIdenticalToTheOriginal() throws Exception {
        Path original = SHARED.resolve("seed/al-majalla-rutte-interview.txt");
        assumeTrue(Files.exists(original), "shared originals not present on this machine");
        assertThat(Files.readAllBytes(TestDocuments.SAMPLE)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void theGoldCopyIsIdenticalToTheOriginal() throws Exception {
        Path original = SHARED.resolve("gold/al-majalla-rutte-interview.gold.json");
        assumeTrue(Files.exists(original), "shared originals not present on this machine");
        Path copy = Path.of("src", "test", "resources", "gold", "al-majalla-rutte-interview.gold.json");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(original));
    }
}
