package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.of("Mark Rutte: It's important Ukraine negotiates"))
                .isEqualTo("mark-rutte-its-important-ukraine-negotiates");
        assertThat(Slugs.of("Amélie Durand on Skarvøy, Łódź and Straße"))
                .isEqualTo("amelie-durand-on-skarvoy-lodz-and-strasse");
        assertThat(Slugs.of("“¿?”")).isEqualTo("untitled");
    }
}
