package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.text.WordList;
import java.util.Set;

/**
 * Two or three capitalised words that are nothing known and open with a listed given name ("Celeste Horgan"):
 * a person's name, even where the statistical model saw none. The list is the US Census Bureau's first names
 * less the ordinary English words among them ({@code entity/given-names.txt}).
 */
final class GivenNames implements CandidateRule {

    static final Set<String> LIST = WordList.asWritten("/entity/given-names.txt");

    private static final int LONGEST = 3;

    /** True for a listed given name that names no known place or body ("Georgia" is a country first). */
    static boolean isGivenName(Scan scan, Token word) {
        return LIST.contains(word.text())
                && scan.gazetteer().lookup(word.text()).isEmpty();
    }

    @Override
    public int apply(Scan scan, Run run, int at) {
        int words = run.size() - at;
        if (run.title() != null
                || words < 2
                || words > LONGEST
                || !isGivenName(scan, run.word(at))
                || run.words().stream().skip(at).anyMatch(Token::isAcronym)) {
            return 0;
        }
        Span span = new Span(run.word(at).start(), run.word(run.size() - 1).end());
        scan.add(Candidate.resolved(scan.cut(span), span, scan.squeezed(span), EntityType.PERSON, Evidence.NAME_SHAPE));
        return words;
    }
}
