package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import java.util.List;

/**
 * A run of two or more capitalised words, no known name as a whole, that ends in "Council", "Olympics",
 * "System", "Square"…: the whole run is one organisation, event, product or place. It takes the whole run.
 */
final class KeywordEntities implements CandidateRule {

    @Override
    public int apply(Scan scan, Run run, int at) {
        List<Token> named = scan.withoutLeadingStopWords(run.words().subList(at, run.size()));
        if (named.size() < 2 || scan.lookup(named).isPresent()) {
            return 0;
        }
        EntityType type = typeOf(named.get(named.size() - 1).text());
        if (type == null || named.stream().anyMatch(scan::isClaimed)) {
            return 0;
        }
        Span span = Scan.span(named);
        scan.add(Candidate.resolved(scan.cut(span), span, scan.squeezed(span), type, Evidence.KEYWORD));
        if (type == EntityType.EVENT) {
            placesWithin(scan, named);
        }
        return run.size() - at;
    }

    private static EntityType typeOf(String last) {
        return EntityKeywords.ORGANIZATION.contains(last)
                ? EntityType.ORGANIZATION
                : EntityKeywords.EVENT.contains(last)
                        ? EntityType.EVENT
                        : EntityKeywords.PRODUCT.contains(last)
                                ? EntityType.PRODUCT
                                : EntityKeywords.LOCATION.contains(last) ? EntityType.LOCATION : null;
    }

    /** "Sochi Winter Olympics" also names the place it was held in. */
    private static void placesWithin(Scan scan, List<Token> event) {
        for (int k = 0; k < event.size() - 1; k++) {
            int width = scan.knownWidth(event, k);
            if (width > 0) {
                List<Token> words = event.subList(k, k + width);
                Span inner = Scan.span(words);
                scan.lookup(words)
                        .ifPresent(entry -> scan.addUnclaimed(Candidate.resolved(
                                scan.cut(inner), inner, entry.name(), entry.type(), Evidence.KNOWN)));
                k += width - 1;
            }
        }
    }
}
