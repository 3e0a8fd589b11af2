package dev.colloquy.importer.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class SplitBlocksTest {

    @Test
    void blankLinesSeparateBlocksAndSpansPointAtTheTrimmedText() {
        String text = "Title\n\n  First line\nsecond line \u00a0\n \n\u00a0\nLast";
        WorkingDocument document = new WorkingDocument(TestDocuments.document("t.txt", text));
        new SplitBlocks().apply(document);

        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly("Title", "First line\nsecond line", "Last");
        Block middle = document.blocks().get(1);
        assertThat(text.substring(middle.span().start(), middle.span().end())).isEqualTo(middle.text());
        assertThat(middle.lineNumber()).isEqualTo(3);
        assertThat(middle.lines()).hasSize(2);
        assertThat(document.blocks().get(2).lineNumber()).isEqualTo(7);
    }
}
