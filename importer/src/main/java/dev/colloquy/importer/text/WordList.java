package dev.colloquy.importer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words or phrases kept as a resource file: one per line, lines starting with # are comments (each
 * file opens with what it is, where it comes from and its licence). Vocabulary lives in these files rather
 * than in code, so that it can be read, reviewed and traced to its source in one place.
 */
public final class WordList {

    private WordList() {}

    /**
     * A pattern matching any entry of the resource as whole words, case-insensitively; entries are quoted,
     * longest first, so "thank you" wins over "thank".
     */
    public static Pattern alternation(String resource) {
        return Pattern.compile(
                longestFirst(load(resource)) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The entries as written, quoted and joined by "|" in the file's order, for a pattern that puts them in a
     * grammatical frame of its own ("(tell|give) us"); the order is kept because a regular expression prefers
     * its first alternative.
     */
    public static String choice(String resource) {
        return entries(resource).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The entries of the resource, lower-cased; a missing resource is a packaging defect and fails at once. */
    public static Set<String> load(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String entry : entries(resource)) {
            words.add(entry.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** The entries of the resource with their case, for lists compared case-sensitively ("Council", "FC"). */
    public static Set<String> asWritten(String resource) {
        return Set.copyOf(entries(resource));
    }

    /** Pairs kept one a line as {@code left<TAB>right} ("defence", a tab, "defense"); a line without a tab is a defect. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries(resource)) {
            String[] two = entry.split("\t", 2);
            if (two.length != 2) {
                throw new IllegalStateException("not a tab-separated pair in " + resource + ": " + entry);
            }
            pairs.put(two[0], two[1]);
        }
        return Map.copyOf(pairs);
    }

    /**
     * The rows of a tab-separated resource, one a line, blank lines and {@code #} comments left out; cells keep
     * their spaces and empty trailing cells.
     */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static String longestFirst(Set<String> entries) {
        return entries.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static List<String> entries(String resource) {
        List<String> entries = new ArrayList<>();
        for (String line : lines(resource)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#") && !entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<String> lines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }
}
