package dev.colloquy.importer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A list of words or phrases kept as a resource file: one per line, lines starting with # are comments. */
public final class WordList {

    private WordList() {
    }

    /**
     * A pattern matching any entry of the resource as whole words, case-insensitively; entries are quoted,
     * longest first, so "thank you" wins over "thank".
     */
    public static java.util.regex.Pattern alternation(String resource) {
        String joined = load(resource).stream().sorted((a, b) -> b.length() - a.length())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return java.util.regex.Pattern.compile("(?:" + joined + ")(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** The entries of the resource, lower-cased; a missing resource is a packaging defect and fails at once. */
    public static Set<String> load(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    words.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return Set.copyOf(words);
    }
}
