package dev.colloquy.core.excerpt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void usGradeGIsUkYearGPlusOne() {
        assertThat(SchoolYear.label(8.0)).isEqualTo("Year 9");
        assertThat(SchoolYear.label(5.7)).isEqualTo("Year 7");
        assertThat(SchoolYear.label(-2.1)).isEqualTo("Year 1");
        assertThat(SchoolYear.label(12.0)).isEqualTo("Year 13");
        assertThat(SchoolYear.label(15.3)).isEqualTo("Year 13+");
        assertThat(SchoolYear.ofGrade(15.3)).isEqualTo(13);
    }
}
