package dev.colloquy.importer.article;

import static dev.colloquy.importer.text.Snippets.squeeze;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import java.util.Set;

/**
 * The first block is the headline when it is short enough to be one; later copies of it (pages repeat the
 * headline beside pictures and in share widgets) are page debris.
 */
public final class MarkHeadline implements Stage {

    static final int MAX_HEADLINE_WORDS = 30;

    @Override
    public String name() {
        return "mark-headline";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.FRONT_MATTER, Fact.HTML_HINTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of();
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.HEADLINE, BlockKind.DEBRIS);
    }

    @Override
    public void apply(WorkingDocument document) {
        if (document.firstOf(BlockKind.HEADLINE) != null || document.declared().headline() != null) {
            return; // the page's markup or metadata has named it already
        }
        Block first = document.blocks().stream()
                .filter(Block::isUnclassified)
                .findFirst()
                .orElse(null);
        if (first == null) {
            return;
        }
        if (first.lines().size() > 2 || Prose.wordCount(first.text()) > MAX_HEADLINE_WORDS) {
            document.warn("NO_HEADLINE", first.lineNumber(), "the first block is too long for a headline");
            return;
        }
        first.classify(BlockKind.HEADLINE, "first block, short");
        String headline = squeeze(first.text());
        for (Block block :
                document.blocks().subList(first.index() + 1, document.blocks().size())) {
            if (block.isUnclassified() && squeeze(block.text()).equalsIgnoreCase(headline)) {
                block.classify(BlockKind.DEBRIS, "repeats the headline");
            }
        }
    }
}
