package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitationTest {

    private final Citation full = new Citation("Ibrahim Hamidi", "Mark Rutte",
            "Mark Rutte: It's important Ukraine negotiates from a position of strength", "Al Majalla",
            LocalDate.of(2024, 12, 9), "https://example.org/rutte");

    @Test
    void buildsTheThreeStyles() {
        assertThat(full.apa()).isEqualTo("Hamidi, I. (2024, December 9). Mark Rutte: It's important Ukraine "
                + "negotiates from a position of strength. Al Majalla. https://example.org/rutte");
        assertThat(full.mla()).isEqualTo("Hamidi, Ibrahim. \"Mark Rutte: It's important Ukraine negotiates from a "
                + "position of strength.\" Al Majalla, 9 Dec 2024, https://example.org/rutte.");
        assertThat(full.chicago()).isEqualTo("Hamidi, Ibrahim. Interview with Mark Rutte. \"Mark Rutte: It's "
                + "important Ukraine negotiates from a position of strength.\" Al Majalla, December 9, 2024. "
                + "https://example.org/rutte.");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        Citation sparse = new Citation(null, null, "Counting the stars", "Science Weekly", null, null);
        assertThat(sparse.apa()).isEqualTo("Science Weekly. (n.d.). Counting the stars.");
        assertThat(sparse.mla()).isEqualTo("\"Counting the stars.\" Science Weekly, n.d.");
        assertThat(sparse.chicago()).isEqualTo("\"Counting the stars.\" Science Weekly, n.d.");
    }
}
