package dev.colloquy.api.graphql;

/**
 * Client-given text made safe for one log line. A name, URL, title or search term may hold line breaks
 * or other control characters that would start a forged log line or move a terminal's cursor; they are
 * written as escapes instead ({@code \n}, {@code \r}, {@code \t}, {@code \}{@code u001b}), and very long
 * values are cut, so one request cannot flood the log.
 */
public final class LogSafe {

    /** Longer values are cut to this many characters, with the full length noted. */
    static final int MAX = 300;

    private LogSafe() {}

    /** The value as it may appear in a log line; "null" for null. */
    public static String text(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > MAX ? value.substring(0, MAX) : value;
        StringBuilder safe = new StringBuilder(cut.length() + 16);
        cut.codePoints().forEach(c -> escape(safe, c));
        if (cut.length() < value.length()) {
            safe.append("…(").append(value.length()).append(" characters)");
        }
        return safe.toString();
    }

    private static void escape(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            default -> {
                // C0 and C1 controls, and the Unicode line and paragraph separators some log viewers break on.
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }
}
