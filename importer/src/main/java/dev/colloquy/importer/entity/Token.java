package dev.colloquy.importer.entity;

import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** The words of {@code text[from, to)}, with offsets into {@code text}. */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        int previousEnd = from;
        while (matcher.find()) {
            String word = matcher.group();
            int end = matcher.end();
            Matcher possessive = POSSESSIVE.matcher(word);
            if (possessive.find() && word.length() > 2) {
                word = word.substring(0, possessive.start());
                end -= 2;
            }
            boolean afterAbbreviation = !tokens.isEmpty()
                    && ABBREVIATED_TITLES.contains(tokens.get(tokens.size() - 1).text());
            boolean sentenceStart = tokens.isEmpty()
                    || !afterAbbreviation && opensSentence(text.substring(previousEnd, matcher.start()));
            tokens.add(new Token(word, matcher.start(), end, sentenceStart));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    private static final Pattern SENTENCE_GAP =
            Pattern.compile("(?s).*[.!?:;…]['\"”’)]*\\s+['\"“‘(]*|(?s).*[\"“‘]\\s*");

    private static boolean opensSentence(String gap) {
        return gap.contains("\n") || SENTENCE_GAP.matcher(gap).matches();
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
