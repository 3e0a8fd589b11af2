package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.text.WordList;
import java.util.Set;

/**
 * Two to four capitalised words that are nothing known take the shape of a person's name, or of an outlet's or
 * place's when they open with an article of another language.
 */
final class NameShapes implements CandidateRule {

    /** "Le Monde", "Al Majalla", "El Pais": names of titles and places, not people. */
    private static final Set<String> FOREIGN_ARTICLES = WordList.asWritten("/entity/foreign-articles.txt");

    @Override
    public int apply(Scan scan, Run run, int at) {
        if (run.size() - at > 4
                || run.words().stream().skip(at).anyMatch(Token::isAcronym)
                || run.words().stream()
                        .skip(at)
                        .anyMatch(word -> word.text().contains("-") && scan.hasKnownPart(word))) {
            return 0;
        }
        Span span = new Span(run.word(at).start(), run.word(run.size() - 1).end());
        EntityType type = FOREIGN_ARTICLES.contains(run.word(at).text()) ? EntityType.ORGANIZATION : EntityType.PERSON;
        Candidate name = Candidate.resolved(scan.cut(span), span, scan.squeezed(span), type, Evidence.NAME_SHAPE);
        scan.add(
                run.title() == null
                        ? name
                        : name.withAlias(scan.cut(new Span(run.title().start(), span.end()))));
        return run.size() - at;
    }
}
