package dev.colloquy.importer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The entity stage's tokeniser reads possessives and sentence openings by scanning characters; it gives exactly
 * the words the regular expressions it replaced gave (kept here as the reference), on text made of the
 * characters the expressions looked at: stops, closing and opening quotes and brackets, apostrophes, every kind
 * of white space, line breaks, and abbreviated titles.
 */
class TokenProperties {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[-'’.](?=[\\p{L}\\p{N}]))*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern SENTENCE_GAP =
            Pattern.compile("(?s).*[.!?:;…]['\"”’)]*\\s+['\"“‘(]*|(?s).*[\"“‘]\\s*");

    @Provide
    static Arbitrary<String> texts() {
        return Arbitraries.of(
                        " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0", ".", "!", "?", ":", ";", "…", "'", "\"",
                        "”", "’", ")", "“", "‘", "(", ",", "-", "s", "'s", "’s", "Mr", "Dr", "NATO", "is", "a", "I",
                        "e\u0301", "𝐀", "2024")
                .list()
                .ofMaxSize(30)
                .map(list -> String.join("", list));
    }

    @Property
    void tokensAreThoseOfTheReferencePatterns(@ForAll("texts") String text) {
        assertThat(Token.tokenize(text, 0, text.length())).isEqualTo(reference(text, 0, text.length()));
    }

    @Property
    void aRegionIsReadAsTheReferenceReadsIt(@ForAll("texts") String text) {
        int from = text.length() / 3;
        int to = text.length() - text.length() / 4;
        assertThat(Token.tokenize(text, from, to)).isEqualTo(reference(text, from, to));
    }

    private static List<Token> reference(String text, int from, int to) {
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
                    && Token.ABBREVIATED_TITLES.contains(
                            tokens.get(tokens.size() - 1).text());
            String gap = text.substring(previousEnd, matcher.start());
            boolean sentenceStart = tokens.isEmpty()
                    || !afterAbbreviation
                            && (gap.contains("\n") || SENTENCE_GAP.matcher(gap).matches());
            tokens.add(new Token(word, matcher.start(), end, sentenceStart));
            previousEnd = matcher.end();
        }
        return tokens;
    }
}
