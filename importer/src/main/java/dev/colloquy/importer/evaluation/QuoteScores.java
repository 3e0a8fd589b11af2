package dev.colloquy.importer.evaluation;

import dev.colloquy.core.quote.QuoteKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the quotes read compare with the gold, by kind: gold quotes found, found with the right speaker, and
 * (for pull and narrative quotes of an interviewee) linked to the right exchange; reported quotes that match a
 * gold quote. Gold counts go under the gold quote's kind, reported counts under the kind the importer gave.
 */
public final class QuoteScores {

    /** The kinds scored, in the order reports list them. */
    public static final List<QuoteKind> KINDS = List.of(QuoteKind.NARRATIVE, QuoteKind.PULL, QuoteKind.EMBEDDED);

    /**
     * Counts of one kind.
     *
     * @param gold        gold quotes
     * @param found       gold quotes some reported quote matches
     * @param rightSpeaker gold quotes found with the right speaker (or none when the gold names none)
     * @param reported    reported quotes, leaving out those that match only a borderline passage
     * @param matched     reported quotes that match a gold quote
     * @param alignable   gold quotes with a source exchange to check (or none to check)
     * @param aligned     of those, quotes found and linked to the gold's exchange (or to none)
     */
    public record Counts(int gold, int found, int rightSpeaker, int reported, int matched, int alignable, int aligned) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(
                    gold + o.gold,
                    found + o.found,
                    rightSpeaker + o.rightSpeaker,
                    reported + o.reported,
                    matched + o.matched,
                    alignable + o.alignable,
                    aligned + o.aligned);
        }

        public double recall() {
            return Summary.share(found, gold);
        }

        public double speakerShare() {
            return Summary.share(rightSpeaker, gold);
        }

        public double precision() {
            return Summary.share(matched, reported);
        }

        public double alignment() {
            return Summary.share(aligned, alignable);
        }
    }

    private final Map<QuoteKind, Counts> byKind = new EnumMap<>(QuoteKind.class);
    private final List<String> misses = new ArrayList<>();

    public void add(QuoteKind kind, Counts counts) {
        byKind.merge(kind, counts, Counts::plus);
    }

    public void addAll(QuoteScores other) {
        other.byKind.forEach(this::add);
        misses.addAll(other.misses);
    }

    /** Notes a quote read wrongly, in words a developer can look up. */
    void miss(String description) {
        misses.add(description);
    }

    /** What went wrong, in document order within each kind of mistake. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    public Counts of(QuoteKind kind) {
        return byKind.getOrDefault(kind, Counts.NONE);
    }

    public Counts overall() {
        return byKind.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    /** A Markdown row: label, then found, right speaker, precision and alignment with their counts. */
    public static String row(String label, Counts c) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | %s | %s |",
                label,
                c.gold(),
                share(c.found(), c.gold()),
                share(c.rightSpeaker(), c.gold()),
                share(c.matched(), c.reported()),
                share(c.aligned(), c.alignable()));
    }

    /** The header for {@link #row}. */
    public static String header(String label) {
        return "| " + label + " | gold quotes | found (recall) | right speaker | precision | alignment |\n"
                + "|---|---:|---:|---:|---:|---:|";
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) part / whole, part, whole);
    }
}
