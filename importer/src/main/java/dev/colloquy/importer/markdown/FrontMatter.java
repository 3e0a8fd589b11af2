package dev.colloquy.importer.markdown;

import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter between two {@code ---} lines at the top of a file: metadata the text lacks and
 * boundaries the heuristics get wrong, so that an article can be fixed without changing code. Only the
 * small part of YAML such headers use is read: {@code key: value}, {@code key: [a, b]} and lists of
 * {@code - item} lines; anything else is ignored rather than failing the import.
 *
 * @param span   the whole header, both fences included
 * @param values scalar values by lower-cased key (underscores and hyphens dropped: source_url = sourceurl)
 * @param lists  list values by the same keys
 * @param spans  where each scalar value stands in the source, quotes excluded
 */
public record FrontMatter(
        Span span, Map<String, String> values, Map<String, List<String>> lists, Map<String, Span> spans) {

    private static final int MAX_LINES = 200;

    public FrontMatter {
        values = Map.copyOf(values);
        lists = Map.copyOf(lists);
        spans = Map.copyOf(spans);
    }

    /** The front matter opening the text, or null when the text has none. */
    public static FrontMatter read(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        String listKey = null;
        int lineStart = 4;
        for (int count = 0; count < MAX_LINES && lineStart <= text.length(); count++) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                return new FrontMatter(new Span(0, lineEnd), values, lists, spans);
            }
            if (trimmed.startsWith("- ") && listKey != null) {
                lists.computeIfAbsent(listKey, key -> new ArrayList<>()).add(listItem(trimmed.substring(2)));
            } else if (listKey != null && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // a further field of a list item that is a map ("  website: …" under "- name: …"): not a key
                assert !trimmed.startsWith("- ");
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int colon = trimmed.indexOf(':');
                listKey = null;
                if (colon > 0) {
                    String key = key(trimmed.substring(0, colon));
                    String value = trimmed.substring(colon + 1).strip();
                    if (value.isEmpty()) {
                        listKey = key;
                    } else if (value.matches("[>|][+-]?")) {
                        // a block scalar ("author: >" and the name indented below): its lines, joined
                        int blockStart = newline < 0 ? text.length() : newline + 1;
                        int blockEnd = blockScalarEnd(text, blockStart);
                        String block = text.substring(blockStart, blockEnd).strip();
                        if (!block.isEmpty()) {
                            values.put(key, value.startsWith(">") ? block.replaceAll("\\s*\n\\s*", " ") : block);
                            int at = text.indexOf(block, blockStart);
                            spans.put(key, new Span(at, at + block.length()));
                        }
                        if (blockEnd > blockStart) {
                            newline = blockEnd - 1; // the next line to read starts at blockEnd
                        }
                    } else if (value.startsWith("[") && value.endsWith("]")) {
                        List<String> items = new ArrayList<>();
                        for (String item :
                                value.substring(1, value.length() - 1).split(",")) {
                            if (!item.isBlank()) {
                                items.add(unquote(item.strip()));
                            }
                        }
                        lists.put(key, items);
                    } else {
                        int rawStart = lineStart + line.indexOf(value, line.indexOf(':') + 1);
                        if (opensUnclosedQuote(value)) {
                            // a double-quoted value folded over several lines: read on to its closing quote
                            int end = closingQuoteLineEnd(text, lineEnd);
                            if (end < 0) {
                                return null;
                            }
                            value = text.substring(rawStart, end).strip();
                            newline = end < text.length() ? end : -1;
                            lineEnd = end;
                        }
                        String unquoted = unquote(value);
                        values.put(key, unescape(value, unquoted));
                        int valueStart = rawStart
                                + (unquoted.length() < value.length() && value.startsWith(unquoted, 1) ? 1 : 0);
                        spans.put(key, new Span(valueStart, valueStart + unquoted.length()));
                    }
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return null; // no closing fence: a horizontal rule, not front matter
    }

    /** The offset after the indented (or blank) lines that start at {@code from}: a block scalar's body. */
    private static int blockScalarEnd(String text, int from) {
        int at = from;
        for (int count = 0; count < MAX_LINES && at < text.length(); count++) {
            int newline = text.indexOf('\n', at);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(at, lineEnd);
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                return at;
            }
            at = newline < 0 ? text.length() : newline + 1;
        }
        return at;
    }

    /** A list item, or the name of one that is a map ("- name: Jane Doe" lists "Jane Doe"). */
    private static String listItem(String item) {
        String value = item.strip();
        return unquote(
                value.startsWith("name:") ? value.substring("name:".length()).strip() : value);
    }

    private static String key(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment > 0 ? value.substring(0, comment).strip() : value;
    }

    private static boolean opensUnclosedQuote(String value) {
        return value.startsWith("\"") && (value.length() == 1 || !value.endsWith("\"") || value.endsWith("\\\""));
    }

    /** The end of the line that closes a folded double-quoted value, or -1 if the header ends first. */
    private static int closingQuoteLineEnd(String text, int from) {
        int lineStart = from + 1;
        for (int count = 0; count < MAX_LINES && lineStart < text.length(); count++) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.equals("---")) {
                return -1;
            }
            if (line.endsWith("\"") && !line.endsWith("\\\"")) {
                return lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /**
     * YAML's escapes inside double quotes, of which headers use few: {@code \_} (a non-breaking space),
     * {@code \"}, {@code \\}, {@code \t}, {@code \n}. Single-quoted and plain values have none.
     */
    private static String unescape(String raw, String unquoted) {
        if (!raw.startsWith("\"") || unquoted.indexOf('\\') < 0 && unquoted.indexOf('\n') < 0) {
            return unquoted;
        }
        StringBuilder out = new StringBuilder(unquoted.length());
        String folded = unquoted.replaceAll("\\\\\\n[ \\t]*", "").replaceAll("[ \\t]*\\n[ \\t]*", " ");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != '\\' || i + 1 == folded.length()) {
                out.append(c);
                continue;
            }
            char escaped = folded.charAt(++i);
            if (escaped == 'u' && i + 4 < folded.length()) {
                try {
                    out.append((char) Integer.parseInt(folded.substring(i + 1, i + 5), 16));
                    i += 4;
                    continue;
                } catch (NumberFormatException notAnEscape) {
                    // left as it stands
                }
            }
            out.append(
                    switch (escaped) {
                        case '_' -> '\u00a0';
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        default -> escaped;
                    });
        }
        return out.toString();
    }

    /** The value of the first key present with the span it was read from, or null. */
    public SpannedText spanned(String... keys) {
        for (String key : keys) {
            String value = values.get(key(key));
            if (value != null && !value.isBlank()) {
                return new SpannedText(value.strip(), spans.get(key(key)));
            }
        }
        return null;
    }

    /** The value of the first key present, or null. */
    public String value(String... keys) {
        for (String key : keys) {
            String value = values.get(key(key));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The items listed under the first of the keys that has any, or an empty list. */
    public List<String> list(String... keys) {
        for (String key : keys) {
            List<String> items = lists.getOrDefault(key(key), List.of());
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    /** The whole numbers listed under a key; anything that is not one is skipped. */
    public List<Integer> lineNumbers(String key) {
        List<Integer> numbers = new ArrayList<>();
        List<String> items = lists.getOrDefault(
                key(key),
                values.containsKey(key(key)) ? List.of(values.get(key(key)).split(",")) : List.of());
        for (String item : items) {
            try {
                numbers.add(Integer.parseInt(item.strip()));
            } catch (NumberFormatException notANumber) {
                // a typo in a hand-written header should not fail the import
            }
        }
        return numbers;
    }
}
