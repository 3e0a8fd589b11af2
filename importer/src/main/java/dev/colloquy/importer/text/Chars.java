package dev.colloquy.importer.text;

/**
 * The character classes the importer's word patterns use, for scans that replace a regular expression on hot
 * paths. They agree with Java's patterns: {@code \p{L}} is {@link Character#isLetter(int)}, and {@code \p{N}} is
 * the three number categories (decimal digits, letter numbers such as Roman numerals, other numbers such as ½).
 */
public final class Chars {

    private Chars() {}

    /** {@code [\p{L}\p{N}]} of a Java pattern, for one code point. */
    public static boolean isLetterOrNumber(int codePoint) {
        return Character.isLetter(codePoint) || isNumber(codePoint);
    }

    /** {@code \p{N}} of a Java pattern, for one code point. */
    public static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
