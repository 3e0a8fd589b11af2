package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import java.util.Optional;

/**
 * "NATO-Russia council": each known part of a hyphenated word is a mention of its own, and known names joined
 * so before an organisation word in lower case name an organisation. It takes no words, so the words' own
 * shape is still read.
 */
final class HyphenatedCompounds implements CandidateRule {

    @Override
    public int apply(Scan scan, Run run, int at) {
        for (int k = at; k < run.size(); k++) {
            Token word = run.word(k);
            if (word.text().contains("-") && scan.hasKnownPart(word)) {
                addParts(scan, word);
                if (k == run.size() - 1) {
                    addOrganization(scan, word, run.following());
                }
            }
        }
        return 0;
    }

    private static void addParts(Scan scan, Token word) {
        int offset = word.start();
        for (String part : word.text().split("-")) {
            Optional<Entry> entry = Optional.ofNullable(scan.articleNames().get(part))
                    .or(() -> scan.gazetteer().lookup(part));
            Span span = new Span(offset, offset + part.length());
            entry.ifPresent(known ->
                    scan.addUnclaimed(Candidate.resolved(part, span, known.name(), known.type(), Evidence.KNOWN)));
            offset += part.length() + 1;
        }
    }

    private static void addOrganization(Scan scan, Token word, Token following) {
        if (following == null || !word.joinsWith(following, scan.text())) {
            return;
        }
        String keyword = capitalise(following.text());
        if (EntityKeywords.ORGANIZATION.contains(keyword)) {
            Span span = new Span(word.start(), following.end());
            scan.add(Candidate.resolved(
                    scan.cut(span), span, word.text() + " " + keyword, EntityType.ORGANIZATION, Evidence.KEYWORD));
        }
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
