package dev.colloquy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colloquy.core.article.Article;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Interview;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.core.text.LineIndex;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model refuses states that cannot describe a real article. */
class ModelInvariantsTest {

    private static final String TEXT = "Headline\n\nWhy?\n\nBecause.\n\nAnd then?\n\nThen nothing.";
    private static final Speaker GUEST = new Speaker("Ada Byrne", null);

    private static Exchange exchange(int ordinal, int questionStart, int questionEnd, int answerStart, int answerEnd) {
        return new Exchange(
                ordinal,
                new Turn(null, List.of(SpannedText.cut(TEXT, questionStart, questionEnd))),
                new Turn(GUEST, List.of(SpannedText.cut(TEXT, answerStart, answerEnd))),
                0.9);
    }

    @Test
    void spansAreOrderedAndNonNegative() {
        assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Span(5, 3)).hasMessageContaining("before its start");
        assertThat(new Span(2, 5).length()).isEqualTo(3);
    }

    @Test
    void exchangeOrdinalsRunFromOneWithoutGaps() {
        Exchange first = exchange(1, 10, 14, 16, 24);
        Exchange third = exchange(3, 26, 35, 37, 50);
        assertThatThrownBy(() -> new Interview(null, GUEST, List.of(first, third)))
                .hasMessageContaining("ordinals must run 1..2");
        assertThatThrownBy(() -> exchange(0, 10, 14, 16, 24)).hasMessageContaining("start at 1");
        assertThat(new Interview(null, GUEST, List.of(first, exchange(2, 26, 35, 37, 50))).exchanges())
                .hasSize(2);
    }

    @Test
    void anAnswerCannotPrecedeItsQuestion() {
        assertThatThrownBy(() -> exchange(1, 16, 24, 10, 14)).hasMessageContaining("must follow the question");
    }

    @Test
    void aParsedArticleRejectsSpansOutsideItsSource() {
        SourceDocument shortSource = SourceDocument.of("Headline\n\nWhy?", Origin.file("short.txt"));
        Article article = new Article(
                "headline", SpannedText.cut(TEXT, 0, 8), null, null, null, null, List.of(), null, List.of());
        Interview interview = new Interview(null, GUEST, List.of(exchange(1, 10, 14, 16, 24)));
        assertThatThrownBy(() -> new ParsedArticle(shortSource, article, interview, List.of(), List.of(), List.of()))
                .hasMessageContaining("reaches past the end of the source text");
    }

    @Test
    void slugsAreUrlSafe() {
        assertThatThrownBy(() -> new Article(
                        "Not A Slug", SpannedText.cut(TEXT, 0, 8), null, null, null, null, List.of(), null, List.of()))
                .hasMessageContaining("slug");
    }

    @Test
    void lineNumbersCountFromOne() {
        LineIndex lines = new LineIndex(TEXT);
        assertThat(lines.lineOf(0)).isEqualTo(1);
        assertThat(lines.lineOf(10)).isEqualTo(3);
        assertThat(lines.lineOf(TEXT.length() - 1)).isEqualTo(9);
    }
}
