package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.block.SplitBlocks;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import org.junit.jupiter.api.Test;

class DetectImagesTest {

    private static WorkingDocument detect(String text) {
        WorkingDocument document = new WorkingDocument(TestDocuments.document("t.txt", text));
        new SplitBlocks().apply(document);
        new DetectImages().apply(document);
        return document;
    }

    @Test
    void findsCaptionAndCreditInEitherOrder() {
        WorkingDocument document = detect("Reuters\nThe minister arrives at the summit in Oslo\n\n"
                + "A farmer inspects his damaged crop after the storm\nPhoto: Ana Ruiz/AFP");
        assertThat(document.images()).hasSize(2);
        assertThat(document.images().get(0).credit().text()).isEqualTo("Reuters");
        assertThat(document.images().get(0).caption().text()).isEqualTo("The minister arrives at the summit in Oslo");
        assertThat(document.images().get(1).credit().text()).isEqualTo("Photo: Ana Ruiz/AFP");
    }

    @Test
    void aCaptionRepeatedAsAltTextIsOnePicture() {
        WorkingDocument document =
                detect("The coach watches training in Turin\nLa Stampa\nThe coach watches training in Turin");
        assertThat(document.images()).hasSize(1);
        assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.IMAGE);
    }

    @Test
    void hardWrappedProseIsNotAPicture() {
        WorkingDocument document = detect("The committee met on Tuesday and agreed, after a long\n"
                + "debate, to postpone the vote\nUntil March");
        assertThat(document.images()).isEmpty();
        assertThat(document.blocks()).allMatch(Block::isUnclassified);
    }
}
