package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadDatelineTest {

    @Test
    void readsTheCommonDatelineShapes() {
        assertThat(ReadDateline.datelineOf("Brussels: In an interview, the minister said")).isEqualTo("Brussels");
        assertThat(ReadDateline.datelineOf("NEW YORK — The mayor spoke")).isEqualTo("NEW YORK");
        assertThat(ReadDateline.datelineOf("PARIS, March 3 (Reuters) - The president said")).isEqualTo("PARIS");
        assertThat(ReadDateline.datelineOf("The president said on Monday: nothing")).isNull();
    }
}
