package dev.colloquy.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TrickyText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The character scans that replaced regular expressions on hot paths give exactly what the expressions gave, on
 * text made of the characters where they could differ: every kind of white space, no-break spaces, the word
 * joiners, numbers that are no digits (Ⅻ, ½), letters outside the basic plane (𝐀), combining marks, a lone
 * surrogate, and letters whose case changes length (İ, ß).
 */
class CharScansProperties {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    @Provide
    static Arbitrary<String> texts() {
        return TrickyText.with(40, "  ", "word", "Rutte", "sabre-rattling");
    }

    @Property
    void squeezeIsTheWhiteSpacePattern(@ForAll("texts") String text) {
        assertThat(Snippets.squeeze(text))
                .isEqualTo(SPACES.matcher(text).replaceAll(" ").trim());
    }

    @Property
    void squeezeSpacesIsTheWhiteSpacePatternUntrimmed(@ForAll("texts") String text) {
        assertThat(Snippets.squeezeSpaces(text)).isEqualTo(SPACES.matcher(text).replaceAll(" "));
    }

    @Property
    void wordCountIsTheWordPattern(@ForAll("texts") String text) {
        Matcher matcher = WORD.matcher(text);
        int words = 0;
        int capitalised = 0;
        while (matcher.find()) {
            words++;
            if (Character.isUpperCase(matcher.group().codePointAt(0))) {
                capitalised++;
            }
        }
        assertThat(Prose.wordCount(text)).isEqualTo(words);
        assertThat(Prose.capitalisedWordCount(text)).isEqualTo(capitalised);
    }

    @Property
    void occurrencesAreThoseOfTheWholeWordPattern(@ForAll("texts") String text, @ForAll("words") String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                .matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        assertThat(Names.occurrences(text, word)).isEqualTo(count);
    }

    @Provide
    static Arbitrary<String> words() {
        return Arbitraries.of("word", "Rutte", "a", "aa", "1", "’", "-", ".", "é", "e\u0301", " ", "\u00a0", "𝐀");
    }
}
