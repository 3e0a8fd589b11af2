package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import java.util.regex.Pattern;

/**
 * One capitalised word that is nothing known: left unresolved for the resolver, which reads it with the
 * document's other names; a preposition of place before it ("in Lisbon") hints that it is a place, and a
 * brand's spelling ("GitHub", "TensorFlow") that it is a product, and a listed given name ("thanks, Karen") that it is
 * a person.
 */
final class SingleWords implements CandidateRule {

    /**
     * "GitHub", "TensorFlow", "NumPy": a capital after small letters inside one word is a brand's spelling;
     * "McCarthy", "MacDonald" are surnames.
     */
    private static final Pattern CAMEL_CASE =
            Pattern.compile("(?!Ma?c\\p{Lu})\\p{Lu}?\\p{Ll}+(?:\\p{Lu}+[\\p{Ll}\\p{N}]*)+");

    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?:^|\\s)(?:in|at|near|outside)[ \\u00a0]$");

    @Override
    public int apply(Scan scan, Run run, int at) {
        Token word = run.word(at);
        if (word.text().contains("-") && scan.hasKnownPart(word)) {
            return 0;
        }
        Token title = run.title();
        if (title != null && scan.onlyRoleWords(new Span(word.start(), word.end()))) {
            return 0; // "Deputy Press": more of the title, nobody named
        }
        String alias = title == null ? null : scan.cut(new Span(title.start(), word.end()));
        boolean brand = title == null
                && CAMEL_CASE.matcher(word.text()).matches()
                && !scan.insideAddress(new Span(word.start(), word.end()));
        // The list holds no ordinary word, so a listed given name is read as one even opening a sentence.
        boolean givenName = title == null && GivenNames.isGivenName(scan, word);
        EntityType hint = brand
                ? EntityType.PRODUCT
                : givenName
                        ? EntityType.PERSON
                        : title == null && followsPlacePreposition(scan, word) ? EntityType.LOCATION : null;
        scan.addUnclaimed(new Candidate(
                word.text(),
                new Span(word.start(), word.end()),
                null,
                hint,
                alias,
                brand ? Evidence.WORD_SHAPE : givenName ? Evidence.GIVEN_NAME : Evidence.SINGLE_WORD,
                title != null,
                word.sentenceStart()));
        return 1;
    }

    /** "at Wembley", "in Lisbon": a preposition of place right before the word. */
    private static boolean followsPlacePreposition(Scan scan, Token word) {
        String before = scan.text().substring(Math.max(0, word.start() - 8), word.start());
        return PLACE_PREPOSITION.matcher(before).find();
    }
}
