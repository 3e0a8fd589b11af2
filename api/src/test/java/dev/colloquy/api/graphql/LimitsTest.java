package dev.colloquy.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks behind every bounded argument: what passes, and what the refusal says. */
class LimitsTest {

    @Test
    void onlyAbsoluteHttpAndHttpsUrlsPass() {
        assertThat(Limits.url("sourceUrl", "https://example.org/a?b=c")).isEqualTo("https://example.org/a?b=c");
        assertThat(Limits.url("sourceUrl", "HTTP://example.org")).isEqualTo("HTTP://example.org");
        assertThat(Limits.url("sourceUrl", null)).isNull();
        for (String bad : List.of(
                "javascript:alert(1)",
                "data:text/html,<script>",
                "file:///etc/passwd",
                "ftp://example.org/x",
                "/relative/path",
                "https://",
                "http://exa mple.org",
                "https://example.org/\nx")) {
            assertThatThrownBy(() -> Limits.url("sourceUrl", bad))
                    .as(bad)
                    .isInstanceOf(BadUserInputException.class)
                    .hasMessageStartingWith("sourceUrl");
        }
        assertThatThrownBy(() -> Limits.url("sourceUrl", "https://example.org/" + "a".repeat(Limits.URL)))
                .hasMessage("sourceUrl is 2020 characters long; the limit is 2000");
    }

    @Test
    void refusalsNameTheFieldAndTheLimit() {
        assertThat(Limits.text("title", "x".repeat(200), Limits.TITLE)).hasSize(200);
        assertThatThrownBy(() -> Limits.text("title", "x".repeat(201), Limits.TITLE))
                .hasMessage("title is 201 characters long; the limit is 200");
        assertThatThrownBy(() -> Limits.line("name", "a\nb", 200)).hasMessageStartingWith("name must be one line");
    }
}
