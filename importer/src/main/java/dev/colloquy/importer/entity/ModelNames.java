package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.entity.model.NameModel.Name;
import java.util.List;
import java.util.Optional;

/**
 * A name the statistical model found starting at this word, when it is wider than any known name there ("US
 * Army" over "US"). A known name spelled exactly so keeps its canonical form and type; a single word is left
 * for the resolver, which may join it to a fuller name of the article ("Putin" → "Vladimir Putin") and
 * otherwise keeps the model's reading.
 */
final class ModelNames implements CandidateRule {

    @Override
    public int apply(Scan scan, Run run, int at) {
        Optional<Name> found = scan.modelNameAt(run.word(at));
        if (found.isEmpty()) {
            return 0;
        }
        Name name = found.get();
        if (run.word(at).text().contains("-")
                && scan.hasKnownPart(run.word(at))
                && name.span().end() <= run.word(at).end()) {
            return 0; // "NATO-Russia": its known parts are read by HyphenatedCompounds
        }
        int width = 0;
        while (at + width < run.size()
                && run.word(at + width).start() < name.span().end()) {
            width++;
        }
        if (width <= scan.knownWidth(run.words(), at)) {
            return 0;
        }
        List<Token> words = run.words().subList(at, at + width);
        Span span = new Span(
                name.span().start(),
                Math.max(endWithinRun(name, run), Scan.span(words).end()));
        if (scan.isClaimed(run.word(at))) {
            return 0;
        }
        addSecondOfTwoCoordinated(scan, name, run);
        Optional<Entry> known = scan.lookup(words);
        String alias =
                run.title() == null ? null : scan.cut(new Span(run.title().start(), span.end()));
        if (known.isPresent()) {
            scan.add(Candidate.resolved(
                            scan.cut(span),
                            span,
                            known.get().name(),
                            known.get().type(),
                            Evidence.KNOWN)
                    .withAlias(known.get().type() == EntityType.PERSON ? alias : null));
        } else if (width == 1 && !words.get(0).text().contains("-")) {
            scan.add(new Candidate(
                    scan.cut(span),
                    span,
                    null,
                    name.type(),
                    alias,
                    Evidence.MODEL,
                    run.title() != null,
                    words.get(0).sentenceStart()));
        } else {
            Candidate candidate =
                    Candidate.resolved(scan.cut(span), span, scan.squeezed(span), name.type(), Evidence.MODEL);
            scan.add(name.type() == EntityType.PERSON ? candidate.withAlias(alias) : candidate);
        }
        return width;
    }

    /**
     * Where the model's name ends, but never past a coordinator that ends the run: the scanner stops a run at an
     * "and" between two whole names, and a name the model read across it would join them again.
     */
    private static int endWithinRun(Name name, Run run) {
        Token following = run.following();
        boolean coordinated = following != null
                && CandidateScanner.coordinates(following)
                && name.span().end() > following.start();
        return coordinated ? run.to() : name.span().end();
    }

    /**
     * The name after the coordinator, when the model read two coordinated names as one ("the Berkeley Institute
     * for Data Science and Berkeley Institute for Global Change Biology"): of the same type as the model's name,
     * as the model gave no other.
     */
    private static void addSecondOfTwoCoordinated(Scan scan, Name name, Run run) {
        if (endWithinRun(name, run) == name.span().end()) {
            return;
        }
        String text = scan.text();
        int start = run.following().end();
        while (start < name.span().end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Span second = new Span(start, name.span().end());
        if (start < second.end() && Character.isUpperCase(text.charAt(start)) && !scan.overlapsFound(second)) {
            scan.add(Candidate.resolved(scan.cut(second), second, scan.squeezed(second), name.type(), Evidence.MODEL));
        }
    }
}
