package dev.colloquy.importer;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text for property tests, built from the characters where a hand-written scan and a regular expression, or two
 * normalisations, can disagree: every kind of white space and line break, the no-break and thin spaces, numbers
 * that are no digits (Ⅻ, ½), a letter outside the basic plane (𝐀) and a lone surrogate, a combining accent, the
 * letters whose case changes length or maps outside ASCII (İ, ß, ſ), straight and curly quotes, hyphens and stops.
 * Each property adds the words of its own domain.
 */
public final class TrickyText {

    private static final List<String> CHARACTERS = List.of(
            " ", "\t", "\n", "\r\n", "\r", "\u000B", "\f", "\u2028", "\u00a0", "\u2009", "a", "Z", "é", "1", "Ⅻ", "½",
            "𝐀", "\uD835", "e\u0301", "İ", "ß", "ſ", "'", "’", "“", "”", "-", ".", ",", "?");

    private TrickyText() {}

    /** Strings of up to {@code maxPieces} pieces, each a tricky character or one of the given domain words. */
    public static Arbitrary<String> with(int maxPieces, String... domainWords) {
        List<String> pieces = new ArrayList<>(CHARACTERS);
        pieces.addAll(List.of(domainWords));
        return Arbitraries.of(pieces).list().ofMaxSize(maxPieces).map(list -> String.join("", list));
    }
}
