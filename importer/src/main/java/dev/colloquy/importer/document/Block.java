package dev.colloquy.importer.document;

import dev.colloquy.core.text.LineIndex;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.text.MappedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph, a heading, a caption group: a run of non-blank lines between blank lines in plain text, an
 * element's text in HTML, a Markdown paragraph. Its text is the readable text (markup removed, which for
 * plain text is the source itself) and its span the source it was cut from. Its kind and label are the
 * mutable parts, set by the classifying stages; text and lines never change.
 */
public final class Block {

    private final int index;
    private final List<Line> lines;
    private final MappedText mapped;
    private final Span span;
    private final BlockMarkup markup;
    private BlockKind kind = BlockKind.UNCLASSIFIED;
    private String reason = "";
    private TurnLabel label;

    /** A block of plain text: its text is exactly the source between its first and last line. */
    public Block(int index, List<Line> lines, String source) {
        this.index = index;
        this.lines = List.copyOf(lines);
        this.span = new Span(
                lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
        this.mapped = MappedText.verbatim(source, span.start(), span.end());
        this.markup = BlockMarkup.NONE;
    }

    /** The front matter as block 0, so that every character of the file belongs to some block. */
    public static Block ofFrontMatter(WorkingDocument document) {
        Span frontMatter = document.frontMatter().span();
        Line line = new Line(document.text().substring(frontMatter.start(), frontMatter.end()), frontMatter, 1);
        Block block = new Block(0, List.of(line), document.text());
        block.classify(BlockKind.METADATA, "front matter");
        return block;
    }

    private Block(int index, MappedText mapped, List<Line> lines, BlockMarkup markup) {
        this.index = index;
        this.mapped = mapped;
        this.lines = List.copyOf(lines);
        this.span = mapped.span(0, mapped.length());
        this.markup = markup;
    }

    /**
     * A block extracted from markup: its lines are the readable text's lines, each with the span of source
     * it renders and the source line it starts on.
     */
    public static Block extracted(int index, MappedText mapped, BlockMarkup markup, LineIndex lineIndex) {
        if (mapped.length() == 0) {
            throw new IllegalArgumentException("a block has text");
        }
        List<Line> lines = new ArrayList<>();
        String text = mapped.text();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            MappedText line = mapped.sub(start, end).trim();
            if (line.length() > 0) {
                lines.add(new Line(line.text(), line.span(0, line.length()), lineIndex.lineOf(line.sourceStart(0))));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return new Block(index, mapped, lines, markup);
    }

    public int index() {
        return index;
    }

    public List<Line> lines() {
        return lines;
    }

    public String text() {
        return mapped.text();
    }

    public Span span() {
        return span;
    }

    public BlockMarkup markup() {
        return markup;
    }

    public SpannedText spanned() {
        return new SpannedText(mapped.text(), span);
    }

    /** Characters {@code [from, to)} of the block's text with the source span they render. */
    public SpannedText slice(int from, int to) {
        return mapped.slice(from, to);
    }

    /** The 1-based line number the block starts on. */
    public int lineNumber() {
        return lines.get(0).number();
    }

    public BlockKind kind() {
        return kind;
    }

    public boolean is(BlockKind candidate) {
        return kind == candidate;
    }

    public boolean isUnclassified() {
        return kind == BlockKind.UNCLASSIFIED;
    }

    /** Why the block got its kind, for reports and debugging. */
    public String reason() {
        return reason;
    }

    public void classify(BlockKind newKind, String why) {
        this.kind = newKind;
        this.reason = why;
    }

    /** The speaker label opening the block, if the layout has them. */
    public TurnLabel label() {
        return label;
    }

    public void label(TurnLabel newLabel) {
        this.label = newLabel;
    }

    /** The block's words without its label: what a question or answer stores. */
    public SpannedText content() {
        if (label == null) {
            return spanned();
        }
        int from = label.contentStart();
        while (from < mapped.length() && Character.isWhitespace(mapped.text().charAt(from))) {
            from++;
        }
        return mapped.slice(from, mapped.length());
    }

    @Override
    public String toString() {
        String text = mapped.text();
        return "#" + index + " " + kind + " line " + lineNumber() + ": "
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
