package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.source.SourceDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs at the edges: the largest file allowed, pathological HTML, line breaks of every kind. */
class SafetyTest {

    /**
     * Not a speed measure (speed is measured by the JMH benchmark, see BENCHMARK.md): a guard so that a runaway
     * scan (quadratic or worse, or a backtracking regex) fails the test instead of hanging the build. Linear work
     * on these inputs takes seconds even on a loaded machine; a runaway takes hours.
     */
    private static final Duration BOUND = Duration.ofMinutes(10);

    @Test
    void aFileJustUnderTheSizeLimitIsParsedInBoundedTime() {
        String sample = TestDocuments.sampleText();
        StringBuilder big = new StringBuilder(sample);
        while (big.length() + sample.length() < SourceDecoder.MAX_BYTES - 200_000) {
            big.append("\n\n").append(sample, sample.indexOf("After Donald Trump"), sample.length());
        }
        byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan(SourceDecoder.MAX_BYTES);
        ParsedArticle parsed =
                assertTimeoutPreemptively(BOUND, () -> Importer.standard().parse(bytes, Origin.file("big.txt")));
        assertThat(parsed.interview().exchanges().size()).isGreaterThan(100);
    }

    /** Inputs built to make scans quadratic, regexes recurse or backtrack: each must end fast and cleanly. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "caps.txt",
                "capitals.txt",
                "brackets.md",
                "angles.md",
                "stars.md",
                "ampersands.html",
                "tags.html",
                "quotes.txt"
            })
    void adversarialInputsEndQuicklyInAnArticleOrAClearError(String name) {
        int n = 400_000;
        String text = switch (name) {
            case "caps.txt" -> "Ann Lee: a life\n\nAnn Lee said so. " + "Aaa ".repeat(n / 4) + "\n\nWhy?\n\nBecause.";
            case "capitals.txt" ->
                "Ann Lee: a life\n\nAnn Lee.\n\n" + "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN!\n".repeat(50);
            case "brackets.md" -> "[".repeat(n);
            case "angles.md" -> "<".repeat(n);
            case "stars.md" -> "*a ".repeat(n / 3);
            case "ampersands.html" -> "<p>" + "&".repeat(n);
            case "tags.html" -> "<b>".repeat(n / 3);
            default -> "\u201c".repeat(n) + "\n\nWhy?\n\nBecause.";
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Importer.standard().parse(bytes, Origin.file(name));
            } catch (ImportException refused) {
                assertThat(refused.getMessage()).doesNotContain("internal error");
            }
        });
    }

    @Test
    void deeplyNestedHtmlEndsInAnArticleOrAClearError() {
        String page = "<html><body>" + "<div>".repeat(200_000) + "<p><b>Why so deep?</b></p><p>Because it can be.</p>"
                + "</div>".repeat(200_000) + "</body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                ParsedArticle parsed = Importer.standard().parse(bytes, new Origin("deep.html", null, "text/html"));
                assertThat(parsed.interview().exchanges()).isNotEmpty();
            } catch (ImportException refused) {
                assertThat(refused.getMessage()).doesNotContain("internal error");
            }
        });
    }

    @Test
    void unclosedTagsAndAStrayScriptDoNotLeakIntoTheText() throws Exception {
        String page =
                "<title>T</title><h1>Ana Lee: on maps</h1><p><strong>Why maps?</strong><p>Because they lie politely."
                        + "<script>var x = '<p>What?</p>';</script><p><strong>And globes?</strong><p>They lie less.";
        ParsedArticle parsed = Importer.standard()
                .parse(page.getBytes(StandardCharsets.UTF_8), new Origin("broken.html", null, "text/html"));
        assertThat(parsed.interview().exchanges()).hasSize(2);
        assertThat(parsed.interview().exchange(1).answer().text()).isEqualTo("Because they lie politely.");
    }

    @Test
    void windowsAndOldMacLineBreaksReadLikeUnixOnes() throws Exception {
        String text = TestDocuments.resource("interviews/civic-forum-architect.txt");
        ParsedArticle unix = TestDocuments.parse("a.txt", text);
        ParsedArticle windows = Importer.standard()
                .parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), Origin.file("a.txt"));
        ParsedArticle mac = Importer.standard()
                .parse(text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), Origin.file("a.txt"));
        assertThat(windows.interview()).isEqualTo(unix.interview());
        assertThat(mac.interview()).isEqualTo(unix.interview());
    }

    @Test
    void nothingButMarkupIsAClearError() {
        assertThatThrownBy(() -> Importer.standard()
                        .parse(
                                "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8),
                                new Origin("empty.html", null, "text/html")))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.html: no recognisable interview: found no question followed by an answer");
    }
}
