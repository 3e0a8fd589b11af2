package dev.colloquy.importer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TrickyText;
import dev.colloquy.importer.text.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The passage matcher's stems, found by a scan of code points, are those its regular expressions found: the word
 * pattern, stop words and single letters left out, and the British "-ise" endings folded by a pattern.
 */
class PassageMatcherStemsProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}]+)*");
    private static final Pattern BRITISH_IZE = Pattern.compile("is(e|es|ed|ing|ation)$");
    private static final Set<String> STOP_WORDS = WordList.load("/quote/stop-words.txt");

    @Provide
    static Arbitrary<String> texts() {
        return TrickyText.with(
                30,
                "--",
                "the",
                "organise",
                "organisation",
                "realised",
                "sabre-rattling",
                "Russia’s",
                "colour",
                "centre",
                "defence",
                "s",
                "ing",
                "is",
                "ise");
    }

    @Property
    void stemsAreThoseOfThePatterns(@ForAll("texts") String text) {
        assertThat(PassageMatcher.stems(text)).isEqualTo(byPatterns(text));
    }

    private static Set<String> byPatterns(String text) {
        Set<String> stems = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group().replace('’', '\'');
            if (!STOP_WORDS.contains(word) && word.length() > 1) {
                stems.add(stemByPattern(word));
            }
        }
        return stems;
    }

    /** The stemmer as it was written with a pattern for the British endings. */
    private static String stemByPattern(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        w = BRITISH_IZE.matcher(w).replaceFirst("iz$1");
        w = ending(ending(ending(w, "our", "or"), "ce", "se"), "tre", "ter");
        for (String suffix : new String[] {
            "ships", "ship", "ations", "ation", "ingly", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s"
        }) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static String ending(String word, String ending, String replacement) {
        return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) + replacement : word;
    }
}
