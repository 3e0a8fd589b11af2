package dev.colloquy.importer.quote;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells who speaks a quote from the cue around it: a verb of speaking with a named person or a pronoun as
 * its subject, after the quote ("…,” Rutte said", "…,” he added") or before it, in the same sentence or the
 * one before ("Rutte responded, “…", "He observed how … . “…", "saying that while “…"). A pronoun stands for
 * the person last named before it.
 */
final class SpeakerCues {

    private static final Pattern SPEECH_VERB =
            Pattern.compile("(?i)\\b(" + WordList.choice("/quote/speech-cue-verbs.txt") + ")\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b([Hh]e|[Ss]he|[Tt]hey)\\b");
    private static final Pattern DESCRIBED = Pattern.compile(
            "\\b((?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he|[Aa]n?)[ \\u00a0](?:[\\p{L}-]+[ \\u00a0])??[\\p{L}-]+)"
                    + "[ \\u00a0]+(?:[\\p{L}’']+[ \\u00a0]+){0,2}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*\\s+");

    /** A person's mention: where the name stands and whom it names. */
    record NamedSpan(Span span, String person) {}

    private final String text;
    private final List<NamedSpan> people;

    SpeakerCues(String text, List<Entity> entities) {
        this.text = text;
        List<NamedSpan> spans = new ArrayList<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON) {
                for (Mention mention : entity.mentions()) {
                    spans.add(new NamedSpan(mention.text().span(), entity.name()));
                }
            }
        }
        spans.sort(Comparator.comparing(NamedSpan::span));
        this.people = spans;
    }

    /** The speaker of the quote at {@code quote} inside the paragraph {@code paragraph}, or null. */
    String speakerOf(Span quote, Span paragraph) {
        String after = afterCue(quote, paragraph);
        if (after != null) {
            return after;
        }
        return beforeCue(quote, paragraph);
    }

    /**
     * A cue after the quote counts only where the quote leaves its sentence open ("…,” she said") or the
     * sentence carries on in lower case; after a closed sentence the next one speaks of something else.
     */
    private String afterCue(Span quote, Span paragraph) {
        int from = Math.min(quote.end() + 1, paragraph.end());
        String quoted = Prose.stripClosers(text.substring(quote.start(), quote.end()));
        String rest = text.substring(from, paragraph.end()).stripLeading();
        boolean closed = quoted.endsWith(".") || quoted.endsWith("…");
        if (closed && (rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0)))) {
            return null;
        }
        int to = windowEnd(from, paragraph.end());
        String window = text.substring(from, to);
        Matcher verb = SPEECH_VERB.matcher(window);
        if (!verb.find() || verb.start() > 40) {
            return null;
        }
        return subjectIn(from, to);
    }

    private String beforeCue(Span quote, Span paragraph) {
        LeadIn leadIn = leadIn(quote, paragraph);
        return leadIn == null ? null : subjectBefore(leadIn.from() + leadIn.verb(), paragraph.start());
    }

    /**
     * A speaker the cue describes rather than names ("My father used to say, …", "the referee told us"),
     * as the words of the description, or null.
     */
    String describedSpeakerOf(Span quote, Span paragraph) {
        LeadIn leadIn = leadIn(quote, paragraph);
        if (leadIn == null) {
            return null;
        }
        Matcher described = DESCRIBED.matcher(leadIn.window().substring(0, leadIn.verb()));
        return described.find() ? described.group(1) : null;
    }

    /** The words before a quote, from the start of the previous sentence, and its last verb of speaking. */
    private record LeadIn(int from, String window, int verb) {}

    private LeadIn leadIn(Span quote, Span paragraph) {
        int to = Math.max(quote.start() - 1, paragraph.start());
        int from = previousSentenceStart(paragraph.start(), to);
        String window = text.substring(from, to);
        Matcher verb = SPEECH_VERB.matcher(window);
        int lastVerb = -1;
        while (verb.find()) {
            lastVerb = verb.start();
        }
        return lastVerb < 0 ? null : new LeadIn(from, window, lastVerb);
    }

    /** Where the window after a quote ends: at the end of its sentence, or where another quote opens. */
    private int windowEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' || c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return limit;
    }

    /** The start of the sentence before the one that holds {@code offset}, within the paragraph. */
    private int previousSentenceStart(int paragraphStart, int offset) {
        List<Integer> starts = new ArrayList<>();
        starts.add(paragraphStart);
        Matcher end = SENTENCE_END.matcher(text).region(paragraphStart, offset);
        while (end.find()) {
            starts.add(end.end());
        }
        return starts.size() >= 2 ? starts.get(starts.size() - 2) : paragraphStart;
    }

    private String subjectIn(int from, int to) {
        for (int i = firstStartingAtOrAfter(from);
                i < people.size() && people.get(i).span().start() < to;
                i++) {
            if (people.get(i).span().end() <= to) {
                return people.get(i).person();
            }
        }
        Matcher pronoun = PRONOUN.matcher(text).region(from, to);
        return pronoun.find() ? personBefore(pronoun.start()) : null;
    }

    /** The person named or referred to nearest before {@code verbAt}, within the paragraph. */
    private String subjectBefore(int verbAt, int paragraphStart) {
        NamedSpan named = null;
        for (int i = firstStartingAtOrAfter(paragraphStart);
                i < people.size() && people.get(i).span().start() < verbAt;
                i++) {
            if (people.get(i).span().end() <= verbAt) {
                named = people.get(i);
            }
        }
        Matcher pronoun = PRONOUN.matcher(text)
                .region(named == null ? paragraphStart : named.span().end(), verbAt);
        int lastPronoun = -1;
        while (pronoun.find()) {
            lastPronoun = pronoun.start();
        }
        if (lastPronoun >= 0) {
            return personBefore(lastPronoun);
        }
        return named == null ? null : named.person();
    }

    /** The person last named before the offset: whom a pronoun there stands for. */
    String personBefore(int offset) {
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0; i--) {
            if (people.get(i).span().end() <= offset) {
                return people.get(i).person();
            }
        }
        return null;
    }

    /** The index of the first mention starting at or after the offset (mentions are in source order). */
    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = people.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (people.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
