package dev.colloquy.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.importer.TestDocuments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line tool as a developer uses it: arguments in, report or one-line errors out. */
class ParseCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ColloquyImporterCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportsHeadlineCountsExchangesAndWarnings() {
        Run run = run("parse", TestDocuments.SAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("headline:         Mark Rutte: It's important Ukraine negotiates from a position of strength")
                .contains("14 exchanges")
                .contains(" 1. Q After Donald Trump won the US election")
                .contains("14. Q And finally, I wanted to ask your view")
                .contains("warnings:");
    }

    @Test
    void printsTheDesignedJson() throws Exception {
        Run run = run("parse", "--format", "json", TestDocuments.SAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/article/publication").asText()).isEqualTo("Al Majalla");
        assertThat(json.at("/interview/interviewee/name").asText()).isEqualTo("Mark Rutte");
        assertThat(json.at("/interview/exchanges")).hasSize(14);
        assertThat(json.at("/interview/exchanges/2/question/text").asText())
                .isEqualTo("It seems that you are comfortable after that meeting.");
        assertThat(json.at("/interview/exchanges/0/answer/paragraphs")).hasSize(3);
        assertThat(json.get("quotes").findValuesAsText("kind")).contains("PULL", "NARRATIVE", "EMBEDDED");
        assertThat(json.get("entities").findValuesAsText("name")).contains("Mark Rutte", "NATO");
        assertThat(json.at("/article/images/1/credit").asText()).isEqualTo("US Army");
        assertThat(json.at("/warnings/0/line").asInt()).isPositive();
    }

    @Test
    void anEmptyFileFailsWithOneLineAndExitCodeTwo() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertFailsWith(run("parse", empty.toString()), empty + ": the file is empty");
    }

    @Test
    void aBinaryFileFails() throws Exception {
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F'});
        assertFailsWith(run("parse", binary.toString()), binary + ": the file is binary, not text");
    }

    @Test
    void aNonUtf8FileFailsNamingTheLine() throws Exception {
        byte[] latin1 = "Headline\n\nA caf\u00e9 owner speaks.\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        assertFailsWith(run("parse", file.toString()), file + ":3: the file is not valid UTF-8 (byte 0xE9 at offset 15)");
    }

    @Test
    void aTextWithoutAnInterviewFails() throws Exception {
        Path essay = Files.writeString(dir.resolve("essay.txt"),
                "On gardens\n\nThe garden was planted in spring. It grew slowly through a dry summer.\n");
        assertFailsWith(run("parse", essay.toString()),
                essay + ": no recognisable interview: found no question followed by an answer");
    }

    @Test
    void oneBadFileAmongGoodOnesPrintsNothingButTheError() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run run = run("parse", TestDocuments.SAMPLE.toString(), empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingFileFailsCleanly() {
        Run run = run("parse", dir.resolve("nowhere.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.txt: cannot be read").doesNotContain("\tat ");
    }

    private static void assertFailsWith(Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(ColloquyImporterCli.EXIT_PARSE_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("colloquy-importer: " + message + System.lineSeparator());
    }
}
