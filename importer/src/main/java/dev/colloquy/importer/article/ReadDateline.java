package dev.colloquy.importer.article;

import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Datelines;
import java.util.Set;

/**
 * The dateline is the place name that opens the first lead paragraph and is set off by a colon or a dash:
 * "Brussels: In an in-depth interview…", "LONDON — …", "PARIS, March 3 (Reuters) - …".
 */
public final class ReadDateline implements Stage {

    @Override
    public String name() {
        return "read-dateline";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.DATELINE);
    }

    @Override
    public void apply(WorkingDocument document) {
        Block lead = document.firstOf(BlockKind.LEAD);
        if (lead == null || lead.label() != null) {
            return; // "MINISTER VANCE: Thank you…" is a speaker's opening statement, not a dateline
        }
        Datelines.Dateline found = Datelines.find(lead.text());
        if (found != null) {
            int start = lead.span().start() + found.start();
            document.dateline(SpannedText.cut(
                    document.text(), start, start + found.place().length()));
        }
    }
}
