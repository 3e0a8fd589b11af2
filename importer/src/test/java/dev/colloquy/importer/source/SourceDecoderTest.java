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
                .isInstanceOf(ImportException.class)
                .hasMessage("e.txt: the file is empty");
        assertThatThrownBy(() -> SourceDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), Origin.file("w.txt")))
                .hasMessage("w.txt: the file holds only white space");
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[] {1, 2, 0, 4}, Origin.file("b.bin")))
                .hasMessage("b.bin: the file is binary, not text");
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[SourceDecoder.MAX_BYTES + 1], Origin.file("h.txt")))
                .hasMessageStartingWith("h.txt: the file is 5242881 bytes; the limit is");
    }

    @Test
    void readsUtf16ByItsByteOrderMarkAndWindows1252WhenNotUtf8() throws Exception {
        byte[] be = "\uFEFFCaf\u00e9\r\nbar".getBytes(StandardCharsets.UTF_16BE);
        assertThat(SourceDecoder.decode(be, Origin.file("be.txt")).text()).isEqualTo("Caf\u00e9\nbar");
        byte[] cp1252 = {'S', 'o', ' ', (byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x96, ' ', 'x'};
        SourceDecoder.Decoded decoded = SourceDecoder.read(cp1252, Origin.file("w.txt"));
        assertThat(decoded.document().text()).isEqualTo("So \u201chi\u201d \u2013 x");
        assertThat(decoded.warnings())
                .singleElement()
                .satisfies(warning -> assertThat(warning.code()).isEqualTo("NOT_UTF8"));
    }
}
