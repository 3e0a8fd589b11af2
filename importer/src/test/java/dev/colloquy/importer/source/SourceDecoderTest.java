package dev.colloquy.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void normalisesLineBreaksAndDropsTheByteOrderMarkOnly() throws Exception {
        byte[] bytes = "\uFEFFTitle\r\n\r\nIt’s naïve\u00a0— “quoted”\rend".getBytes(StandardCharsets.UTF_8);
        SourceDocument document = SourceDecoder.decode(bytes, Origin.file("a.txt"));
        assertThat(document.text()).isEqualTo("Title\n\nIt’s naïve\u00a0— “quoted”\nend");
        assertThat(document.contentHash()).hasSize(64).isEqualTo(SourceDocument.sha256(document.text()));
    }

    @Test
    void refusesWhatIsNotText() {
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[0], Origin.file("e.txt")))
                .isInstanceOf(ImportException.class).hasMessage("e.txt: the file is empty");
        assertThatThrownBy(() -> SourceDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), Origin.file("w.txt")))
                .hasMessage("w.txt: the file holds only white space");
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[] {1, 2, 0, 4}, Origin.file("b.bin")))
                .hasMessage("b.bin: the file is binary, not text");
    }
}
