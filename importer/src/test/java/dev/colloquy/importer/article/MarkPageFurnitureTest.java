package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class MarkPageFurnitureTest {

    @Test
    void widgetLabelsAndScrapsAreDebrisButShortQuestionsAreNot() {
        WorkingDocument document = new WorkingDocument(TestDocuments.document(
                "t.txt", "Share this article\n\nAnd the Gulf?\n\nRelated Articles\n\nWhy not.\n\nMost read"));
        new SplitBlocks().apply(document);
        MarkPageFurniture.scraps().apply(document);
        assertThat(document.blocks())
                .extracting(Block::kind)
                .containsExactly(
                        BlockKind.DEBRIS,
                        BlockKind.UNCLASSIFIED,
                        BlockKind.DEBRIS,
                        BlockKind.UNCLASSIFIED,
                        BlockKind.DEBRIS);
    }
}
