package dev.colloquy.importer.text;

import java.util.regex.Pattern;

/** Text squeezed for comparing blocks and for quoting them in warnings; shared by several stages. */
public final class Snippets {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int FIRST_WORDS = 60;

    private Snippets() {}

    /**
     * Runs of white space (no-break spaces too) as one space, trimmed: how a repeated line is recognised. A scan of
     * the characters rather than a regular expression, since every block is squeezed several times; white space is
     * what a Java pattern's {@code \s} matches, plus the no-break space, and the result is trimmed as by
     * {@link String#trim()}.
     */
    public static String squeeze(String text) {
        return squeezeSpaces(text).trim();
    }

    /** Runs of white space (no-break spaces too) as one space, untrimmed: as {@link #squeeze} without the trim. */
    public static String squeezeSpaces(String text) {
        int length = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < length) {
            if (!isSqueezed(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            while (i < length && isSqueezed(text.charAt(i))) {
                i++;
            }
            if (i - run == 1 && text.charAt(run) == ' ') {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length);
            }
            out.append(text, copied, run).append(' ');
            copied = i;
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    /** What a Java pattern's {@code \s} matches (ASCII white space only), and the no-break space. */
    private static boolean isSqueezed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /** The first 60 characters of a paragraph on one line, for a warning to quote. */
    public static String firstWords(String text) {
        String squeezed = WHITE_SPACE.matcher(text).replaceAll(" ");
        return squeezed.length() <= FIRST_WORDS ? squeezed : squeezed.substring(0, FIRST_WORDS) + "…";
    }
}
