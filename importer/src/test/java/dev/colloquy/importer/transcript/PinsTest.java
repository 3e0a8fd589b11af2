package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.importer.TestDocuments;
import org.junit.jupiter.api.Test;

/** Front matter fixes a boundary the heuristics get wrong, without code changes. */
class PinsTest {

    private static final String CYCLIST = TestDocuments.resource("interviews/ridge-review-cyclist.txt");

    private static int lineOf(String text, String start) {
        return (int) text.substring(0, text.indexOf(start))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    @Test
    void aPinnedQuestionStartsANewExchangeEvenAfterAQuestionParagraph() throws Exception {
        String header = "---\nquestions: [LINE]\n---\n";
        String text = header + CYCLIST;
        text = text.replace("LINE", String.valueOf(lineOf(text, "Did it come back for you?")));
        ParsedArticle parsed = TestDocuments.parse("cyclist.md", text);
        assertThat(TestDocuments.questions(parsed))
                .contains("Did it come back for you?")
                .doesNotContain(
                        "Many riders say the fear comes back on the first fast descent after a crash. Some never"
                                + " lose it.\n\nDid it come back for you?");
        assertThat(parsed.interview().exchange(2).answer().paragraphs()).hasSize(2);
    }

    @Test
    void aPinnedAnswerIsReadAsOneAndAPinOnNoParagraphIsReported() throws Exception {
        String text = "---\nanswers: [LINE]\nquestions: [2]\n---\n" + CYCLIST;
        text = text.replace("LINE", String.valueOf(lineOf(text, "Eight months ago")));
        ParsedArticle parsed = TestDocuments.parse("cyclist.txt", text);
        assertThat(TestDocuments.questions(parsed)).doesNotContain("Eight months ago you could not hold a handlebar.");
        assertThat(parsed.warnings()).extracting(ImportWarning::code).contains("UNUSED_PIN");
    }
}
