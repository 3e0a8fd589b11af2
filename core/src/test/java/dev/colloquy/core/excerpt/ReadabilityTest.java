package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void simpleTextIsEasierThanDenseText() {
        Readability simple = Readability.of("The cat sat on the mat. It was a warm day. We had tea.");
        Readability dense = Readability.of("Institutional interoperability necessitates comprehensive "
                + "organisational restructuring, considerable intergovernmental coordination and sustained "
                + "multilateral investment in defensive capabilities.");
        assertThat(simple.words()).isEqualTo(14);
        assertThat(simple.sentences()).isEqualTo(3);
        assertThat(simple.fleschReadingEase()).isGreaterThan(90);
        assertThat(simple.fleschKincaidGrade()).isLessThan(2);
        assertThat(dense.fleschReadingEase()).isLessThan(0);
        assertThat(dense.fleschKincaidGrade()).isGreaterThan(20);
    }

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(Readability.syllables("defence")).isEqualTo(2);
        assertThat(Readability.syllables("cooperation")).isEqualTo(4);
        assertThat(Readability.syllables("the")).isEqualTo(1);
    }
}
