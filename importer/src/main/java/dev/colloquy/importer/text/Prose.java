package dev.colloquy.importer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface features of a piece of prose that the classifying stages weigh: punctuation, length, person of
 * address. Quoted speech is blanked out first where a feature is about the writer's own voice, so that
 * an answer reporting someone's question ("he asked me, 'Why?'") does not look like a question.
 */
public final class Prose {

    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"\\n]*\"|‘[^’\\n]{12,}’");
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours|yourself|yourselves)\\b");
    private static final Pattern FIRST_PERSON_SINGULAR =
            Pattern.compile("\\b(I|I['’](m|ve|d|ll)|me|my|mine|myself)\\b");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("(?i)\\b(we|our|ours|us|ourselves)\\b");
    private static final String WORD_INSIDE = "'’.-";
    private static final String TRAILING_CLOSERS = "\"'”’)]»* \u00a0\t";

    private Prose() {}

    /**
     * How many words {@code [\p{L}\p{N}][\p{L}\p{N}'’.-]*} the text has: counted by a scan of its code points, since
     * stages count the words of every line.
     */
    public static int wordCount(String text) {
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Chars.isLetterOrNumber(codePoint)) {
                count++;
                i = wordEnd(text, i);
            }
        }
        return count;
    }

    /** Where a word that continues at {@code from} ends: letters, numbers, apostrophes, full stops and hyphens. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!Chars.isLetterOrNumber(codePoint) && WORD_INSIDE.indexOf(codePoint) < 0) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** The text without trailing quote marks, brackets and spaces, so that "…this?”" ends with '?'. */
    public static String stripClosers(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    public static boolean endsWithQuestionMark(String text) {
        String stripped = stripClosers(text);
        return stripped.endsWith("?") || stripped.endsWith("？");
    }

    /** A sentence that asks, then another one after it: "Three words to describe it? Or make up a slogan!". */
    private static final Pattern QUESTION_THEN_SENTENCE = Pattern.compile("[?？][”\"’)]*[ \u00a0]+[\"“‘(]?\\p{Lu}");

    /**
     * Whether some sentence of the text asks, at its end or before another sentence: a prompt that asks and then
     * bids ("Three words to describe openSUSE? Or make up a proper slogan!") asks as much as one ending on its
     * question mark.
     */
    public static boolean hasQuestionSentence(String text) {
        String plain = withoutQuotedSpeech(text);
        return endsWithQuestionMark(plain)
                || QUESTION_THEN_SENTENCE.matcher(plain).find();
    }

    /** A smiley at the end of a text (";-)", ":)", ":-D", ":P"), after a space or a full stop. */
    private static final Pattern EMOTICON_END = Pattern.compile("(?:^|[\\s.!?])[:;=][-'^o]?[()\\[\\]DPp3]+[\\s\"”’]*$");

    /** Ends as a sentence does: full stop, question or exclamation mark, ellipsis, colon, or a smiley. */
    public static boolean endsLikeSentence(String text) {
        if (EMOTICON_END.matcher(text).find()) {
            return true; // "I'll just keep on talking ;-)": a smiley closes the sentence as a full stop would
        }
        String stripped = stripClosers(text);
        if (stripped.isEmpty()) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return ".?!…:;".indexOf(last) >= 0;
    }

    /** The text with quoted speech replaced by spaces; offsets are preserved. */
    public static String withoutQuotedSpeech(String text) {
        Matcher matcher = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    public static boolean hasSecondPerson(String text) {
        return SECOND_PERSON.matcher(text).find();
    }

    public static boolean hasFirstPersonSingular(String text) {
        return FIRST_PERSON_SINGULAR.matcher(text).find();
    }

    public static boolean hasFirstPersonPlural(String text) {
        return FIRST_PERSON_PLURAL.matcher(text).find();
    }

    /** Counts the words that start with a capital letter or are all digits. */
    public static int capitalisedWordCount(String text) {
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Chars.isLetterOrNumber(codePoint)) {
                if (Character.isUpperCase(codePoint)) {
                    count++;
                }
                i = wordEnd(text, i);
            }
        }
        return count;
    }
}
