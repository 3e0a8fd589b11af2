package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.text.WordList;
import java.util.Optional;
import java.util.Set;

/**
 * "Bayern Munich", "Real Madrid", "Inter Milan": a word that is no name of its own directly before a known
 * place that ends the run names a club or company of that place.
 */
final class ClubsOfPlaces implements CandidateRule {

    /** "North Korea", "New York": such a word before a place is part of the place's name, not a club's. */
    private static final Set<String> PLACE_QUALIFIERS = WordList.asWritten("/entity/place-qualifiers.txt");

    @Override
    public int apply(Scan scan, Run run, int at) {
        Token word = run.word(at);
        if (at + 1 >= run.size()
                || scan.knownWidth(run.words(), at) > 0
                || scan.isTitle(word)
                || scan.isStopWord(word)
                || word.isAcronym()
                || scan.gazetteer().isDemonym(word.text())
                || PLACE_QUALIFIERS.contains(word.text())) {
            return 0;
        }
        int width = scan.knownWidth(run.words(), at + 1);
        if (width == 0 || at + 1 + width != run.size()) {
            return 0;
        }
        Optional<Entry> place = scan.lookup(run.words().subList(at + 1, at + 1 + width));
        if (place.isEmpty() || place.get().type() != EntityType.LOCATION) {
            return 0;
        }
        Span span = new Span(word.start(), run.word(run.size() - 1).end());
        scan.add(Candidate.resolved(
                scan.cut(span), span, scan.squeezed(span), EntityType.ORGANIZATION, Evidence.NAME_SHAPE));
        return 1 + width;
    }
}
