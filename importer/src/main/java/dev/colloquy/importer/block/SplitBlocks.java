package dev.colloquy.importer.block;

import dev.colloquy.core.text.Span;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.Line;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.SourceFormat;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Blanks;
import dev.colloquy.importer.transcript.TurnLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the text into blocks: runs of non-blank lines separated by blank lines, or single lines where a
 * page puts one paragraph on each line ({@link ParagraphLines}). Each line keeps its exact span, trimmed of
 * surrounding white space (including no-break spaces), and its line number.
 */
public final class SplitBlocks implements Stage {

    @Override
    public String name() {
        return "split-blocks";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FORMAT, Fact.FRONT_MATTER);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.BLOCKS);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.METADATA);
    }

    @Override
    public void apply(WorkingDocument document) {
        if (document.format() != SourceFormat.TEXT) {
            return; // Markdown and HTML have splitters of their own
        }
        String text = document.text();
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 1;
        if (document.frontMatter() != null) {
            blocks.add(Block.ofFrontMatter(document));
            lineStart = document.frontMatter().span().end();
            lineNumber = document.lineOf(lineStart);
        }
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Line line = trimmed(text, lineStart, lineEnd, lineNumber);
            if (line == null) {
                flush(blocks, current, text);
            } else {
                if (TurnLabels.opensTurn(line.text())) {
                    flush(blocks, current, text); // a speaker's turn starts a paragraph, blank line or not
                }
                current.add(line);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            lineNumber++;
        }
        flush(blocks, current, text);
        document.blocks(List.copyOf(blocks));
    }

    private static Line trimmed(String text, int start, int end, int number) {
        int from = start;
        int to = end;
        while (from < to && Blanks.isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && Blanks.isBlank(text.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : new Line(text.substring(from, to), new Span(from, to), number);
    }

    private static void flush(List<Block> blocks, List<Line> lines, String text) {
        if (!lines.isEmpty()) {
            Line firstLine =
                    blocks.isEmpty() ? lines.get(0) : blocks.get(0).lines().get(0);
            for (List<Line> paragraph : ParagraphLines.split(lines, firstLine)) {
                blocks.add(new Block(blocks.size(), paragraph, text));
            }
            lines.clear();
        }
    }
}
