package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import java.util.List;

/**
 * The longest known name at a word: the article's own participants first, then the gazetteer. A person named
 * after a title ("President Putin") gets the titled form as an alias.
 */
final class KnownNames implements CandidateRule {

    @Override
    public int apply(Scan scan, Run run, int at) {
        int width = scan.knownWidth(run.words(), at);
        if (width == 0) {
            return 0;
        }
        List<Token> words = run.words().subList(at, at + width);
        Span span = Scan.span(words);
        Entry entry = scan.lookup(words).orElseThrow();
        Candidate candidate = Candidate.resolved(scan.cut(span), span, entry.name(), entry.type(), Evidence.KNOWN);
        if (run.title() != null && entry.type() == EntityType.PERSON) {
            candidate = candidate.withAlias(scan.cut(new Span(run.title().start(), span.end())));
        }
        scan.add(candidate);
        return width;
    }
}
