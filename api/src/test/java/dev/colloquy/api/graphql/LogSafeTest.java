package dev.colloquy.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client text in a log line stays on that line. */
class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(LogSafe.text("a.txt\n2026-01-01 INFO forged\r\n")).isEqualTo("a.txt\\n2026-01-01 INFO forged\\r\\n");
        assertThat(LogSafe.text("tab\there, bell\u0007, escape\u001b[31m, next\u0085, sep\u2028"))
                .isEqualTo("tab\\there, bell\\u0007, escape\\u001b[31m, next\\u0085, sep\\u2028");
        assertThat(LogSafe.text("C:\\corpus\\n.txt")).isEqualTo("C:\\\\corpus\\\\n.txt");
    }

    @Test
    void ordinaryTextIsUnchangedAndNullIsSaid() {
        assertThat(LogSafe.text("Interview with Mark Rutte — “NATO” é"))
                .isEqualTo("Interview with Mark Rutte — “NATO” é");
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }

    @Test
    void aVeryLongValueIsCutWithItsLength() {
        String safe = LogSafe.text("x".repeat(5000));
        assertThat(safe)
                .startsWith("x".repeat(LogSafe.MAX))
                .endsWith("…(5000 characters)")
                .hasSize(LogSafe.MAX + 18);
        assertThat(safe).doesNotContain("\n");
    }
}
