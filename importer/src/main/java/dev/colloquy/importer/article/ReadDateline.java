package dev.colloquy.importer.article;

import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline is the place name that opens the first lead paragraph and is set off by a colon or a dash:
 * "Brussels: In an in-depth interview…", "LONDON — …", "PARIS, March 3 (Reuters) - …".
 */
public final class ReadDateline implements Stage {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.’'-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.’'-]*){0,3})"
                    + "(?:,[ \\u00a0][^:—–\\n]{1,30}?)?(?:[ \\u00a0]\\([^)]{1,30}\\))?[ \\u00a0]*(?::|—|–|[ \\u00a0]-)[ \\u00a0]");

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
        Matcher matcher = DATELINE.matcher(lead.text());
        if (matcher.find()) {
            int start = lead.span().start() + matcher.start(1);
            document.dateline(SpannedText.cut(document.text(), start, start + matcher.group(1).length()));
        }
    }

    /** The place a paragraph's dateline names, or null when it has none. */
    public static String datelineOf(String paragraph) {
        Matcher matcher = DATELINE.matcher(paragraph);
        return matcher.find() ? matcher.group(1) : null;
    }
}
