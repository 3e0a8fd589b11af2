package dev.colloquy.importer.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class ParagraphLinesTest {

    private static WorkingDocument split(String text) {
        WorkingDocument document = new WorkingDocument(TestDocuments.document("t.txt", text));
        new SplitBlocks().apply(document);
        return document;
    }

    @Test
    void oneParagraphPerLineBecomesOneBlockPerLineWithCaptionLinesKeptTogether() {
        WorkingDocument document = split("Title of the piece\n"
                + "This is the first paragraph of the article, long enough to be a paragraph of its own on the page.\n"
                + "Why did you leave the club after only one season in the first division?\n"
                + "The player signs a shirt after training\nReuters\n"
                + "Because the coach and I saw the game differently, and neither of us was going to change.");
        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Title of the piece",
                        "This is the first paragraph of the article, long enough to be a paragraph of its own on the page.",
                        "Why did you leave the club after only one season in the first division?",
                        "The player signs a shirt after training\nReuters",
                        "Because the coach and I saw the game differently, and neither of us was going to change.");
    }

    @Test
    void aHardWrappedParagraphStaysOneBlock() {
        WorkingDocument document = split("Small galaxies. Our simulations of how matter clumps together predict\n"
                + "hundreds of dwarf galaxies around a galaxy like ours. We see a few dozen.\n"
                + "Either they are there and too faint to detect, or they never formed.");
        assertThat(document.blocks()).hasSize(1);
    }
}
