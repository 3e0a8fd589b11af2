package dev.colloquy.api.graphql;

import dev.colloquy.importer.source.SourceDecoder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Every bound on client input in one place, and the checks of arguments that are not Bean Validation beans
 * (filters, search, IDs); service inputs carry the same bounds as constraints (see the validation package).
 * A value over a bound is refused with BAD_USER_INPUT naming the field and the limit, so that a client
 * learns what to fix instead of meeting a database or search-engine failure. The limits are generous for
 * real use (the longest lesson title in any test is under 80 characters) and small enough to keep one
 * request cheap; the README's "Errors and limits" section lists them.
 */
public final class Limits {

    /** Lesson titles; the column holds 500, a printed handout's heading far less. */
    public static final int TITLE = 200;
    /** A lesson's introduction and an excerpt's note. */
    public static final int NOTE = 5_000;
    /** Discussion questions per excerpt, and the length of each. */
    public static final int QUESTIONS = 20;

    public static final int QUESTION = 1_000;
    /** Vocabulary terms per lesson; a word (column: 200) and its definition. */
    public static final int TERMS = 200;

    public static final int WORD = 100;
    public static final int DEFINITION = 1_000;
    /** Excerpt IDs in one reorderExcerpts call: a lesson with more excerpts is no lesson. */
    public static final int EXCERPT_IDS = 500;
    /** Offsets into a source text, which the importer caps at 5 MiB. */
    public static final int OFFSET = SourceDecoder.MAX_BYTES;
    /** An imported document, in bytes: the importer's own limit, checked before decoding. */
    public static final int IMPORT_BYTES = SourceDecoder.MAX_BYTES;
    /** The name of an imported document (column: 500). */
    public static final int NAME = 200;
    /** A corrected headline (column: 1000). */
    public static final int HEADLINE = 500;
    /** A source URL (column: 2000). */
    public static final int URL = 2_000;
    /** A search: characters, and words (each word becomes clauses; Lucene refuses more than 1024). */
    public static final int QUERY = 500;

    public static final int QUERY_WORDS = 32;
    /** How deep a client may page into one search's ranking. */
    public static final int SEARCH_DEPTH = 10_000;
    /** IDs and cursors are short base64 strings; anything longer was not made here. */
    public static final int ID = 100;
    /** Slugs, speaker names, name prefixes in filters. */
    public static final int FILTER_TEXT = 200;

    private Limits() {}

    /** The value, when null or at most max characters long; otherwise BAD_USER_INPUT naming the field. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadUserInputException(field + " is " + value.length() + " characters long; the limit is " + max);
        }
        return value;
    }

    /** Like {@link #text}, and also refuses line breaks and other control characters (names, slugs). */
    public static String line(String field, String value, int max) {
        text(field, value, max);
        if (!isOneLine(value)) {
            throw new BadUserInputException(field + " must be one line without control characters");
        }
        return value;
    }

    /** Null, or text without line breaks and other control characters. */
    public static boolean isOneLine(String value) {
        return value == null || value.chars().noneMatch(Character::isISOControl);
    }

    /**
     * An absolute http or https URL with a host, one line, at most {@link #URL} characters. Other schemes
     * (javascript:, data:, file:) would become links in handouts and citations, so they are refused.
     */
    public static boolean isHttpUrl(String value) {
        if (value.length() > URL || !isOneLine(value)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            // The reason a parser gives is no help to a client: the caller's one message says what is wanted.
            return false;
        }
    }
}
