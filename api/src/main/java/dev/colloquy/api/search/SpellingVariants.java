package dev.colloquy.api.search;

import dev.colloquy.importer.text.WordList;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds British spellings into American ones, word by word ("defence" → "defense", "centre" → "center",
 * "organise" → "organize", "colour" → "color", "travelled" → "traveled"), so that a search in either
 * spelling finds both. Applied to lower-cased tokens at index and at query time, before stemming.
 * The suffix rules only fire on known stems, or (for -ise) outside a list of words where -ise is not a
 * variant ("promise", "exercise"), because a blind rule would merge unrelated words ("four", "more").
 */
final class SpellingVariants {

    private static final Map<String, String> WORDS = WordList.pairs("/search/spelling-pairs.tsv");

    /** colour, favour, honour…: stem + "our" + one of these endings becomes stem + "or" + ending. */
    private static final Pattern OUR = Pattern.compile("(" + WordList.choice("/search/our-stems.txt")
            + ")ur(|s|ed|ing|ite|ites|able|ably|er|ers|ful|fully|less|hood|hoods|ist|ists|y)");

    /** centre, theatre, metre…: stem + "re"/"res"/"red"/"ring" becomes stem + "er"/"ers"/"ered"/"ering". */
    private static final Pattern RE =
            Pattern.compile("(" + WordList.choice("/search/re-stems.txt") + ")r(e|es|ed|ing)");

    /** organise, organised, organisation…: -is- becomes -iz- unless the word is one of NOT_ISE. */
    private static final Pattern ISE = Pattern.compile("(\\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|able)");

    /** Roots whose -ise is the only spelling: "advise" is never "advize". */
    private static final Set<String> NOT_ISE = WordList.load("/search/not-ise-roots.txt");

    /** analyse, paralyse…: -yse becomes -yze. */
    private static final Pattern YSE =
            Pattern.compile("(" + WordList.choice("/search/yse-stems.txt") + ")ys(e|es|ed|ing|er|ers)");

    /** travelled, cancelling, modeller…: the doubled l before -ed/-ing/-er is single in American spelling. */
    private static final Pattern DOUBLE_L =
            Pattern.compile("(" + WordList.choice("/search/double-l-stems.txt") + ")ll(ed|ing|er|ers)");

    private SpellingVariants() {}

    /** The American spelling of a lower-cased word, or the word itself. */
    static String fold(String word) {
        String known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        Matcher m = OUR.matcher(word);
        if (m.matches()) {
            return m.group(1) + "r" + m.group(2);
        }
        m = RE.matcher(word);
        if (m.matches()) {
            return m.group(1)
                    + switch (m.group(2)) {
                        case "e" -> "er";
                        case "es" -> "ers";
                        case "ed" -> "ered";
                        default -> "ering";
                    };
        }
        m = YSE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "yz" + m.group(2);
        }
        m = DOUBLE_L.matcher(word);
        if (m.matches()) {
            return m.group(1) + "l" + m.group(2);
        }
        m = ISE.matcher(word);
        if (m.matches() && !NOT_ISE.contains(m.group(1))) {
            return m.group(1) + "iz" + m.group(2);
        }
        return word;
    }
}
