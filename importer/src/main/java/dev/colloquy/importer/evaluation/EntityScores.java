package dev.colloquy.importer.evaluation;

import dev.colloquy.core.entity.EntityType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of recognised entities, by type and overall. A prediction is right only with the
 * right type, so a name found with the wrong type counts once as a false positive and once as a miss. Right
 * predictions and recalled gold items are counted apart: at the level of a document's entities two
 * predictions may find the same gold entity.
 */
public final class EntityScores {

    /** The types scored, in the order reports list them. */
    public static final List<EntityType> TYPES = List.of(
            EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.EVENT, EntityType.PRODUCT);

    /** Counts of one type: right predictions, predictions, gold items found, gold items. */
    public record Counts(int right, int predicted, int found, int gold) {

        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(right + other.right, predicted + other.predicted, found + other.found, gold + other.gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

    /** Adds counts of one type where a right prediction is a found gold item (exact spans). */
    public void add(EntityType type, int right, int predicted, int gold) {
        add(type, new Counts(right, predicted, right, gold));
    }

    /** Adds counts of one type. */
    public void add(EntityType type, Counts counts) {
        byType.merge(type, counts, Counts::plus);
    }

    /** Adds every count of another score. */
    public void addAll(EntityScores other) {
        other.byType.forEach((type, counts) -> byType.merge(type, counts, Counts::plus));
    }

    public Counts of(EntityType type) {
        return byType.getOrDefault(type, Counts.NONE);
    }

    public Counts overall() {
        return byType.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    /** A Markdown table row: label, then P/R/F1 overall and F1 by type, with the counts overall. */
    public String row(String label) {
        StringBuilder row = new StringBuilder("| ").append(label);
        Counts all = overall();
        row.append(String.format(
                Locale.ROOT,
                " | %.3f | %.3f | **%.3f** | %d / %d · %d / %d",
                all.precision(),
                all.recall(),
                all.f1(),
                all.right(),
                all.predicted(),
                all.found(),
                all.gold()));
        for (EntityType type : TYPES) {
            Counts counts = of(type);
            row.append(
                    counts.gold() + counts.predicted() == 0
                            ? " | –"
                            : String.format(
                                    Locale.ROOT,
                                    " | %.3f / %.3f / %.3f (%d)",
                                    counts.precision(),
                                    counts.recall(),
                                    counts.f1(),
                                    counts.gold()));
        }
        return row.append(" |").toString();
    }

    /** The header for {@link #row}. */
    public static String header(String label) {
        return "| " + label
                + " | P | R | F1 | right / reported · found / gold | PERSON P / R / F1 (gold) | ORGANIZATION"
                + " | LOCATION | EVENT | PRODUCT |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }
}
