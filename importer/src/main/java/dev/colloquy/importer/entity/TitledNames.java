package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;

/**
 * Two to four capitalised words right after a title ("former Russian President Dmitry Medvedev", "Dr Ada
 * Quist") that are nothing known: a person's name, and the titled form an alias. Without a title, capitals
 * alone make no name; the model decides.
 */
final class TitledNames implements CandidateRule {

    private static final int LONGEST = 4;

    @Override
    public int apply(Scan scan, Run run, int at) {
        int words = run.size() - at;
        if (run.title() == null
                || words < 2
                || words > LONGEST
                || run.words().stream().skip(at).anyMatch(Token::isAcronym)) {
            return 0;
        }
        Span span = new Span(run.word(at).start(), run.word(run.size() - 1).end());
        if (scan.onlyRoleWords(span)) {
            return 0; // "Senior Administration Official": more of the title, nobody named
        }
        scan.add(Candidate.resolved(scan.cut(span), span, scan.squeezed(span), EntityType.PERSON, Evidence.NAME_SHAPE)
                .withAlias(scan.cut(new Span(run.title().start(), span.end()))));
        return words;
    }
}
