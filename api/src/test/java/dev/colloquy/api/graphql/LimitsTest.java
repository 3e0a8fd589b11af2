package dev.colloquy.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks behind every bounded argument: what passes, and what the refusal says. */
class LimitsTest {

    @Test
    void onlyAbsoluteHttpAndHttpsUrlsPass() {
        assertThat(Limits.isHttpUrl("https://example.org/a?b=c")).isTrue();
        assertThat(Limits.isHttpUrl("HTTP://example.org")).isTrue();
        for (String bad : List.of(
                "javascript:alert(1)",
                "data:text/html,<script>",
                "file:///etc/passwd",
                "ftp://example.org/x",
                "/relative/path",
                "https://",
                "http://exa mple.org",
                "https://example.org/\nx",
                "https://example.org/" + "a".repeat(Limits.URL))) {
            assertThat(Limits.isHttpUrl(bad)).as(bad).isFalse();
        }
    }

    @Test
    void refusalsNameTheFieldAndTheLimit() {
        assertThat(Limits.text("title", "x".repeat(200), Limits.TITLE)).hasSize(200);
        assertThatThrownBy(() -> Limits.text("title", "x".repeat(201), Limits.TITLE))
                .hasMessage("title is 201 characters long; the limit is 200");
        assertThatThrownBy(() -> Limits.line("name", "a\nb", 200)).hasMessageStartingWith("name must be one line");
    }
}
