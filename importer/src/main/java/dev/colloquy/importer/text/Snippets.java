package dev.colloquy.importer.text;

import java.util.regex.Pattern;

/** Text squeezed for comparing blocks and for quoting them in warnings; shared by several stages. */
public final class Snippets {

    /** Compiled once: every stage that compares blocks squeezes every block. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int FIRST_WORDS = 60;

    private Snippets() {}

    /** Runs of white space (no-break spaces too) as one space, trimmed: how a repeated line is recognised. */
    public static String squeeze(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** The first 60 characters of a paragraph on one line, for a warning to quote. */
    public static String firstWords(String text) {
        String squeezed = WHITE_SPACE.matcher(text).replaceAll(" ");
        return squeezed.length() <= FIRST_WORDS ? squeezed : squeezed.substring(0, FIRST_WORDS) + "…";
    }
}
