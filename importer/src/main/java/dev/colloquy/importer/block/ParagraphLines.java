package dev.colloquy.importer.block;

import dev.colloquy.importer.document.Line;
import dev.colloquy.importer.text.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * Text copied from web pages often puts one paragraph on each line with no blank line between them. Such a
 * run of lines is several blocks, not one: every paragraph line stands alone, while neighbouring short lines
 * without sentence punctuation (a caption and its credit, an attribution) stay together. A hard-wrapped
 * paragraph — short lines that mostly run on without closing a sentence — stays one block.
 */
final class ParagraphLines {

    private static final int WRAP_WIDTH = 100;
    private static final int MAX_SCRAP_WORDS = 12;
    private static final int MIN_WRAPPED_LENGTH = 40;

    private ParagraphLines() {}

    /**
     * @param firstLine the document's first line: pages repeat their headline beside pictures, and a repeat
     *                  is a block of its own, not part of a caption
     */
    // The first line is told from its repeats by identity: a repeat reads the same but is another line.
    @SuppressWarnings("ReferenceEquality")
    static List<List<Line>> split(List<Line> lines, Line firstLine) {
        if (lines.size() < 2 || isHardWrapped(lines)) {
            return List.of(lines);
        }
        List<List<Line>> groups = new ArrayList<>();
        List<Line> scraps = new ArrayList<>();
        for (Line line : lines) {
            boolean repeatsTheFirstLine = line != firstLine && line.text().equals(firstLine.text());
            if (isScrap(line) && !repeatsTheFirstLine) {
                scraps.add(line);
                continue;
            }
            if (!scraps.isEmpty()) {
                groups.add(List.copyOf(scraps));
                scraps.clear();
            }
            groups.add(List.of(line));
        }
        if (!scraps.isEmpty()) {
            groups.add(List.copyOf(scraps));
        }
        return groups;
    }

    /**
     * Every line fits a wrapping width and at least a third of them break a sentence at a width: a short
     * line without punctuation (a title, a caption, a credit) is no sign of wrapping.
     */
    static boolean isHardWrapped(List<Line> lines) {
        int runOn = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > WRAP_WIDTH) {
                return false;
            }
            if (i < lines.size() - 1 && text.length() >= MIN_WRAPPED_LENGTH && !Prose.endsLikeSentence(text)) {
                runOn++;
            }
        }
        return runOn * 3 >= lines.size() - 1;
    }

    private static boolean isScrap(Line line) {
        return Prose.wordCount(line.text()) <= MAX_SCRAP_WORDS && !Prose.endsLikeSentence(line.text());
    }
}
