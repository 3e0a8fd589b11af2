package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.text.Datelines;
import org.junit.jupiter.api.Test;

class ReadDatelineTest {

    @Test
    void readsTheCommonDatelineShapes() {
        assertThat(Datelines.placeOf("Brussels: In an interview, the minister said"))
                .isEqualTo("Brussels");
        assertThat(Datelines.placeOf("NEW YORK — The mayor spoke")).isEqualTo("NEW YORK");
        assertThat(Datelines.placeOf("PARIS, March 3 (Reuters) - The president said"))
                .isEqualTo("PARIS");
        assertThat(Datelines.placeOf("The president said on Monday: nothing")).isNull();
    }
}
