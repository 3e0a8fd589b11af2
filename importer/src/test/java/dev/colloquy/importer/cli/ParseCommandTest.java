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

    record Run(int exitCode, String out, String err) {}

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
                .containsPattern("counts: .*14 exchanges, .*\\d+ warnings?");
    }

    @Test
    void aQuoteWithNoRecoverableSpeakerIsReportedAsSuchNotAsNull() {
        // An rOpenSci interview (development corpus) whose answers report a third party's words with no name.
        Run run = run("parse", "../evaluation/corpus/ropensci-blog/2018-01-12-rprofile-karthik-ram.md");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("EMBEDDED, speaker unknown: ").doesNotContain(" by null");
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
        assertThat(json.get("warnings").isArray()).isTrue();
    }

    @Test
    void htmlIsReportedWithItsMetadataAndOffsetsIntoTheSourceHtml() throws Exception {
        Path page = Path.of("src/test/resources/interviews/meridian-weekly-ceramicist.html");
        Run run = run("parse", "--format", "json", page.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/source/mediaType").asText()).isEqualTo("text/html");
        assertThat(json.at("/source/sourceUrl").asText())
                .isEqualTo("https://meridian.example/culture/joon-park-interview");
        assertThat(json.at("/article/publishedOn").asText()).isEqualTo("2026-02-17");
        String html = Files.readString(page);
        JsonNode answer = json.at("/interview/exchanges/0/answer");
        assertThat(html.substring(answer.get("start").asInt(), answer.get("end").asInt()))
                .startsWith("By accident.")
                .endsWith("the good kind of crying.")
                .contains("&rsquo;");
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

    private static final String SMALL_INTERVIEW = "A caf\u00e9 owner speaks\n\n"
            + "What made you open a caf\u00e9 in the old station?\n\n"
            + "I grew up two streets away, and the building had been empty for ten years. Somebody had to.\n";

    @Test
    void aNonUtf8FileIsReadAsWindows1252WithAWarningNamingTheLine() throws Exception {
        Path file = Files.write(dir.resolve("latin1.txt"), SMALL_INTERVIEW.getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("parse", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("headline:         A caf\u00e9 owner speaks")
                .contains(
                        "line 1: NOT_UTF8: the file is not valid UTF-8 (byte 0xE9 at offset 5); read it as Windows-1252");
    }

    @Test
    void strictTurnsWarningsIntoOneLineFailures() throws Exception {
        Path file = Files.write(dir.resolve("latin1.txt"), SMALL_INTERVIEW.getBytes(StandardCharsets.ISO_8859_1));
        Path copy = Files.write(dir.resolve("latin1-copy.txt"), SMALL_INTERVIEW.getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("parse", "--strict", file.toString(), copy.toString());
        assertThat(run.exitCode()).isEqualTo(ColloquyImporterCli.EXIT_PARSE_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0))
                .startsWith("colloquy-importer: " + file
                        + ":1: 2 warnings under --strict, the first: NOT_UTF8: the file is not valid UTF-8");
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
        byte[] text = SMALL_INTERVIEW.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = Files.write(dir.resolve("utf16.txt"), bytes);
        Run run = run("parse", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("1 exchanges")
                .contains("headline:         A caf\u00e9 owner speaks")
                .doesNotContain("NOT_UTF8");
    }

    @Test
    void aFolderIsWalkedAndSummarisedAndAnyFailureGivesExitCodeTwo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles/nested"));
        Files.writeString(folder.resolve("good.txt"), SMALL_INTERVIEW);
        Files.writeString(dir.resolve("articles/essay.md"), "# On gardens\n\nThe garden grew slowly.\n");
        Files.writeString(dir.resolve("articles/ignored.csv"), "a,b\n");
        Run run = run("parse", "--progress", dir.resolve("articles").toString());
        assertThat(run.exitCode()).isEqualTo(ColloquyImporterCli.EXIT_PARSE_FAILED);
        assertThat(run.out())
                .contains("good.txt")
                .contains("essay.md")
                .doesNotContain("ignored.csv")
                .contains("total: 2 files, 1 parsed, 1 failed; 1 exchanges, 1 warnings");
        assertThat(run.err()).contains("2/2").contains("essay.md: no recognisable interview");
    }

    @Test
    void aFolderReadOnSeveralThreadsGivesTheSameTableInTheSameOrder() {
        // Real interviews of the development corpus: one thread and four must agree row for row.
        String folder = Path.of("../evaluation/corpus/gum-wikinews").toString();
        Run one = run("parse", "--threads", "1", folder);
        Run four = run("parse", "--threads", "4", folder);
        assertThat(one.out()).contains("total: ").contains("brotherhood.txt");
        assertThat(four.exitCode()).isEqualTo(one.exitCode());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(run("parse", "--threads", "0", folder).err()).contains("--threads must be at least 1");
    }

    @Test
    void aFolderOfGoodFilesSucceedsWithoutAProgressBarWhenNotAsked() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("ok")).resolve("good.txt"), SMALL_INTERVIEW);
        Run run = run("parse", "--format", "json", dir.resolve("ok").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).at("/exchanges").asInt())
                .isEqualTo(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLayoutCanBeForcedAndAnUnknownOneIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("cafe.txt"), SMALL_INTERVIEW);
        assertThat(run("parse", "--layout", "unlabelled", file.toString()).exitCode())
                .isZero();
        Run run = run("parse", "--layout", "sideways", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("unknown layout 'sideways'");
    }

    @Test
    void aTextWithoutAnInterviewFails() throws Exception {
        Path essay = Files.writeString(
                dir.resolve("essay.txt"),
                "On gardens\n\nThe garden was planted in spring. It grew slowly through a dry summer.\n");
        assertFailsWith(
                run("parse", essay.toString()),
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
