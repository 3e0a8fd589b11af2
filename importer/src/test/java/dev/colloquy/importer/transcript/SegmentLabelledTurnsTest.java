package dev.colloquy.importer.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.layout.Layout;
import org.junit.jupiter.api.Test;

class SegmentLabelledTurnsTest {

    @Test
    void aDebateKeepsOneExchangePerQuestionAndSaysWhenSeveralAnswer() throws Exception {
        String debate = "Town hall debate on the bridge\n\n"
                + "MODERATOR: Welcome. Each candidate has one minute.\n\n"
                + "MODERATOR: Should the old bridge be rebuilt or replaced?\n\n"
                + "ANNA KERR: Rebuilt. It is part of the town.\n\n"
                + "(APPLAUSE)\n\n"
                + "LEON ABT: Replaced. It is also falling apart.\n\n"
                + "MODERATOR: Who pays for it?\n\n"
                + "ANNA KERR: The region, as the law says, and the toll pays the rest of it over twenty years.\n";
        ParsedArticle parsed = TestDocuments.parse("debate.txt", debate);
        assertThat(parsed.interview().exchanges()).hasSize(2);
        Exchange first = parsed.interview().exchange(1);
        assertThat(first.question().speaker().name()).isEqualTo("Moderator");
        assertThat(first.answer().speaker().name()).isEqualTo("Anna Kerr");
        assertThat(first.answer().text())
                .isEqualTo("Rebuilt. It is part of the town.\n\nReplaced. It is also falling apart.");
        assertThat(parsed.warnings()).extracting(ImportWarning::code).containsExactly("SEVERAL_ANSWERERS");
        assertThat(parsed.interview().interviewee().name()).isEqualTo("Anna Kerr");
    }

    @Test
    void aLabelOnItsOwnLineLabelsTheParagraphBelowAndTheSpanSkipsTheLabel() throws Exception {
        String text =
                "Short talk with Ada Vos\n\nQ:\nWhy boats?\n\nA:\nThey float.\n\nQ: And trains?\n\nA: They do not.\n";
        ParsedArticle parsed = TestDocuments.parse("qa.txt", text);
        assertThat(parsed.interview().exchanges())
                .extracting(exchange -> exchange.question().text())
                .containsExactly("Why boats?", "And trains?");
        var answer = parsed.interview().exchange(2).answer().paragraphs().get(0);
        assertThat(text.substring(answer.start(), answer.end())).isEqualTo("They do not.");
    }

    @Test
    void aForcedLabelledLayoutWithoutLabelsIsAClearError() {
        String text = TestDocuments.resource("interviews/ridge-review-cyclist.txt");
        assertThatThrownBy(() -> Importer.standard()
                        .parse(SourceDocument.of(text, Origin.file("c.txt")), new ImportOptions(Layout.SPEAKERS)))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "c.txt: no recognisable interview: the speakers layout has no question followed by an answer");
    }
}
