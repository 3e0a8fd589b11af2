package dev.colloquy.importer.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How much each {@link TurnFeature} counts, what a change of role costs, and how margins map to
 * confidence: the turn scorer's parameters, fitted on the development part of the corpus
 * ({@code colloquy-importer fit-weights}) and shipped as the resource {@code transcript/turn-weights.tsv}.
 *
 * @param features              one weight per feature, by ordinal
 * @param questionAfterQuestion added when a question runs on into a second paragraph
 * @param newExchange           added when an answer is followed by a new question
 * @param confidenceScale       confidence = 1 / (1 + e^(−scale × margin))
 * @param boundaryDoubt         a document is warned about its boundaries where one has a smaller margin
 *                              ({@code UNSURE_BOUNDARIES}); fitted out of fold, see {@link TurnWeightFitter}
 */
public record TurnWeights(
        int version,
        double[] features,
        double questionAfterQuestion,
        double newExchange,
        double confidenceScale,
        double boundaryDoubt) {

    public static final String RESOURCE = "/transcript/turn-weights.tsv";
    private static final TurnWeights SHIPPED = load();

    public TurnWeights {
        features = features.clone();
        if (features.length != TurnFeature.values().length) {
            throw new IllegalArgumentException("expected " + TurnFeature.values().length + " feature weights");
        }
    }

    /** The weights shipped with the importer. */
    public static TurnWeights shipped() {
        return SHIPPED;
    }

    double weight(TurnFeature feature) {
        return features[feature.ordinal()];
    }

    /**
     * Exchanges read with less confidence than this are reported, paragraph by paragraph, by both segmenters:
     * the fitted confidence says a wrong reading is then more than a remote chance.
     */
    public static final double SURE = 0.9;

    /** Confidence in (0, 1) for a decoding margin. */
    public double confidence(double margin) {
        double value = 1 / (1 + Math.exp(-confidenceScale * margin));
        return Math.round(value * 1000) / 1000.0;
    }

    private static TurnWeights load() {
        InputStream in = TurnWeights.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the weights file: "name TAB value" lines, # comments. Every feature must be present. */
    public static TurnWeights parse(List<String> lines) {
        double[] features = new double[TurnFeature.values().length];
        boolean[] seen = new boolean[features.length];
        double[] others = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        int version = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected 'name<TAB>value'");
            }
            double value = Double.parseDouble(fields[1]);
            switch (fields[0]) {
                case "version" -> version = (int) value;
                case "transition.question-after-question" -> others[0] = value;
                case "transition.new-exchange" -> others[1] = value;
                case "confidence.scale" -> others[2] = value;
                case "warning.boundary-margin" -> others[3] = value;
                default -> {
                    TurnFeature feature = feature(fields[0], i + 1);
                    features[feature.ordinal()] = value;
                    seen[feature.ordinal()] = true;
                }
            }
        }
        for (TurnFeature feature : TurnFeature.values()) {
            if (!seen[feature.ordinal()]) {
                throw new IllegalArgumentException(RESOURCE + ": no weight for feature." + feature.key());
            }
        }
        if (Arrays.stream(others).anyMatch(Double::isNaN) || version < 0) {
            throw new IllegalArgumentException(
                    RESOURCE + ": version, transitions, confidence.scale and warning.boundary-margin are required");
        }
        return new TurnWeights(version, features, others[0], others[1], others[2], others[3]);
    }

    private static TurnFeature feature(String name, int line) {
        for (TurnFeature feature : TurnFeature.values()) {
            if (name.equals("feature." + feature.key())) {
                return feature;
            }
        }
        throw new IllegalArgumentException(RESOURCE + ":" + line + ": unknown parameter '" + name + "'");
    }

    /** The weights file, with a header saying how they were obtained. */
    public String format(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("version\t").append(version).append('\n');
        for (TurnFeature feature : TurnFeature.values()) {
            out.append("feature.")
                    .append(feature.key())
                    .append('\t')
                    .append(number(weight(feature)))
                    .append('\n');
        }
        out.append("transition.question-after-question\t")
                .append(number(questionAfterQuestion))
                .append('\n');
        out.append("transition.new-exchange\t").append(number(newExchange)).append('\n');
        out.append("confidence.scale\t").append(number(confidenceScale)).append('\n');
        out.append("warning.boundary-margin\t").append(number(boundaryDoubt)).append('\n');
        return out.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
