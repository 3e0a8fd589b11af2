package dev.colloquy.importer.document;

import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import java.util.List;

/**
 * A run of non-blank lines between blank lines: a paragraph, a heading, a caption group. Its kind is the one
 * mutable part, set by the classifying stages; the text and lines never change.
 */
public final class Block {

    private final int index;
    private final List<Line> lines;
    private final String text;
    private final Span span;
    private BlockKind kind = BlockKind.UNCLASSIFIED;
    private String reason = "";

    public Block(int index, List<Line> lines, String source) {
        this.index = index;
        this.lines = List.copyOf(lines);
        this.span = new Span(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
        this.text = source.substring(span.start(), span.end());
    }

    public int index() {
        return index;
    }

    public List<Line> lines() {
        return lines;
    }

    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public SpannedText spanned() {
        return new SpannedText(text, span);
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

    @Override
    public String toString() {
        return "#" + index + " " + kind + " line " + lineNumber() + ": "
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
