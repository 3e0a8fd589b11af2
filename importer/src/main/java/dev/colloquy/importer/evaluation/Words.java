package dev.colloquy.importer.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as scoring compares them: letters and digits only, lower case, accents and
 * typographic variants folded, so that markup, curly versus straight quotes and spacing never decide
 * whether a reading is right. Words, not characters, must agree.
 */
final class Words {

    /** Gold gives at least this many first words of a turn; comparing more would punish nothing useful. */
    static final int KEY_LENGTH = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {}

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The first words of a gold turn that a reading must start with. */
    static List<String> key(String firstWords) {
        List<String> words = of(firstWords);
        return words.subList(0, Math.min(KEY_LENGTH, words.size()));
    }

    static boolean startsWith(List<String> words, List<String> key) {
        return !key.isEmpty()
                && words.size() >= key.size()
                && words.subList(0, key.size()).equals(key);
    }

    static boolean sameWords(String a, String b) {
        return a != null && b != null && of(a).equals(of(b));
    }
}
