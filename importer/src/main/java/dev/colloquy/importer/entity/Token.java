package dev.colloquy.importer.entity;

import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the source with its exact span. A possessive ending ("NATO’s") is left out of the span, so that
 * the mention points at the name alone.
 *
 * @param sentenceStart true when the word opens a sentence, where capitals say nothing about names
 */
record Token(String text, int start, int end, boolean sentenceStart) {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[-'’.](?=[\\p{L}\\p{N}]))*");
    static final Set<String> ABBREVIATED_TITLES = WordList.asWritten("/entity/abbreviated-titles.txt");

    /** The words of {@code text[from, to)}, with offsets into {@code text}. */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        int previousEnd = from;
        while (matcher.find()) {
            int end = isPossessive(text, matcher.start(), matcher.end()) ? matcher.end() - 2 : matcher.end();
            String word = text.substring(matcher.start(), end);
            boolean afterAbbreviation = !tokens.isEmpty()
                    && ABBREVIATED_TITLES.contains(tokens.get(tokens.size() - 1).text());
            boolean sentenceStart =
                    tokens.isEmpty() || !afterAbbreviation && opensSentence(text, previousEnd, matcher.start());
            tokens.add(new Token(word, matcher.start(), end, sentenceStart));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    /** "NATO’s" of more than two characters: the word ends in an apostrophe and "s". */
    private static boolean isPossessive(String text, int start, int end) {
        return end - start > 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * True when the gap {@code text[from, to)} between two words ends a sentence: it holds a line break, or it
     * ends in a stop (". ", "?” ", ": (") or an opening quote ("said “"). Read from the gap's end: opening quotes
     * and brackets, white space, closing quotes and brackets, then the stop; or white space, then an opening
     * quote. Each class of characters is disjoint from the next, so the longest run of each is the only reading.
     */
    private static boolean opensSentence(String text, int from, int to) {
        if (skipBack(text, from, to, c -> c != '\n') > from) {
            return true; // a line break
        }
        int afterSpace = skipBack(text, from, to, Token::isSpace);
        if (afterSpace > from && isOpeningQuote(text.charAt(afterSpace - 1))) {
            return true;
        }
        int afterOpeners = skipBack(text, from, to, Token::isOpener);
        int afterSpaces = skipBack(text, from, afterOpeners, Token::isSpace);
        if (afterSpaces == afterOpeners) {
            return false;
        }
        int afterClosers = skipBack(text, from, afterSpaces, Token::isCloser);
        return afterClosers > from && isStop(text.charAt(afterClosers - 1));
    }

    /** The start of the run of characters of one class that ends at {@code to}, no earlier than {@code from}. */
    private static int skipBack(String text, int from, int to, IntPredicate kind) {
        int i = to;
        while (i > from && kind.test(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** What a Java pattern's {@code \s} matches. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isOpeningQuote(int c) {
        return c == '"' || c == '“' || c == '‘';
    }

    private static boolean isOpener(int c) {
        return c == '\'' || c == '"' || c == '“' || c == '‘' || c == '(';
    }

    private static boolean isCloser(int c) {
        return c == '\'' || c == '"' || c == '”' || c == '’' || c == ')';
    }

    private static boolean isStop(int c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…';
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isAcronym() {
        return Names.isAcronym(text);
    }

    /** True when only a space separates this word from the next: no punctuation breaks the name. */
    boolean joinsWith(Token next, String source) {
        String gap = source.substring(end, next.start);
        boolean abbreviated = ABBREVIATED_TITLES.contains(text) && (gap.equals(". ") || gap.equals(".\u00a0"));
        // A single line break joins too: hard-wrapped text breaks names across lines.
        return abbreviated || gap.equals(" ") || gap.equals("\u00a0") || gap.equals("\n");
    }
}
