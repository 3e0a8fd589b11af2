package dev.colloquy.importer.text;

/**
 * What counts as blank in pasted text: white space of any kind, including the no-break spaces and zero-width
 * characters that web pages leave behind, so that a line of them separates paragraphs like an empty one.
 */
public final class Blanks {

    private Blanks() {}

    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** True for a line of nothing but blanks. */
    public static boolean isBlankLine(String line) {
        return line.chars().allMatch(c -> isBlank((char) c));
    }
}
