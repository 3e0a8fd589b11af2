package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.excerpt.Citation.Part;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static final String TITLE = "Mark Rutte: It's important Ukraine negotiates from a position of strength";

    private final Citation interview = new Citation(
            "Mark Rutte",
            "Ibrahim Hamidi",
            null,
            TITLE,
            "Al Majalla",
            LocalDate.of(2024, 12, 9),
            "https://example.org/rutte");

    @Test
    void citesAPublishedInterviewIntervieweeFirst() {
        assertThat(interview.apa().plain())
                .isEqualTo("Rutte, M. (2024, December 9). Interview by I. Hamidi. " + TITLE
                        + ". Al Majalla. https://example.org/rutte");
        assertThat(interview.mla().plain())
                .isEqualTo("Rutte, Mark. \u201C" + TITLE + ".\u201D Interview by Ibrahim"
                        + " Hamidi. Al Majalla, 9 Dec. 2024, https://example.org/rutte.");
        assertThat(interview.chicago().plain())
                .isEqualTo("Rutte, Mark. \u201C" + TITLE + ".\u201D Interview by"
                        + " Ibrahim Hamidi. Al Majalla, December 9, 2024. https://example.org/rutte.");
    }

    @Test
    void setsOnlyThePublicationInItalics() {
        for (Citation.Styled styled : new Citation.Styled[] {interview.apa(), interview.mla(), interview.chicago()}) {
            assertThat(styled.parts())
                    .filteredOn(Part::italic)
                    .extracting(Part::text)
                    .containsExactly("Al Majalla");
        }
    }

    @Test
    void creditsTheBylineWhenTheInterviewerIsUnknown() {
        Citation byline = new Citation(
                "Jens Stoltenberg", null, "Anne Smith", "On defence", "The Paper", LocalDate.of(2025, 6, 3), null);
        assertThat(byline.apa().plain())
                .isEqualTo("Stoltenberg, J. (2025, June 3). Interview by A. Smith. On defence." + " The Paper.");
        assertThat(byline.mla().plain()).endsWith("Interview by Anne Smith. The Paper, 3 June 2025.");
    }

    @Test
    void citesAnArticleWithoutInterviewByItsAuthor() {
        Citation article = new Citation(
                null, null, "Anne Smith", "Counting the stars", "Science Weekly", LocalDate.of(2023, 9, 30), null);
        assertThat(article.apa().plain())
                .isEqualTo("Smith, A. (2023, September 30). Counting the stars. Science Weekly.");
        assertThat(article.mla().plain())
                .isEqualTo("Smith, Anne. \u201CCounting the stars.\u201D Science Weekly," + " 30 Sept. 2023.");
    }

    @Test
    void saysNoDateOnlyWhenTheDateIsUnknown() {
        Citation sparse = new Citation(null, null, null, "Counting the stars", "Science Weekly", null, null);
        assertThat(sparse.apa().plain()).isEqualTo("Counting the stars. (n.d.). Science Weekly.");
        assertThat(sparse.mla().plain()).isEqualTo("\u201CCounting the stars.\u201D Science Weekly.");
        assertThat(sparse.chicago().plain()).isEqualTo("\u201CCounting the stars.\u201D Science Weekly, n.d.");
        assertThat(interview.apa().plain()).doesNotContain("n.d.");
    }
}
