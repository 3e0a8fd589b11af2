package dev.colloquy.importer.transcript;

import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Fits the turn scorer's weights on transcripts whose roles are known, keeping the joint decoding: an
 * averaged structured perceptron (Collins 2002) with cost-augmented decoding, so that the gold reading
 * must beat every other by a margin that grows with the number of paragraphs it gets wrong. Then the
 * confidence scale is chosen so that the confidence of each exchange is calibrated on transcripts each fit
 * did not see (out of fold, maximum likelihood over a grid), and so is the boundary margin below which a
 * document is warned. Deterministic: a fixed seed orders the examples.
 */
public final class TurnWeightFitter {

    /** How many passes over the examples. */
    public static final int EPOCHS = 40;
    /** What each wrongly labelled paragraph adds to a reading's score while training. */
    static final double COST = 1.0;

    private static final long SEED = 20261130L;
    /** About as many paragraphs as a magazine interview has; longer transcripts learn at a lower rate. */
    static final int TYPICAL_PARAGRAPHS = 40;

    private static final int PARAMETERS = TurnFeature.values().length + 2;

    private TurnWeightFitter() {}

    /** One transcript with the role of each of its paragraphs. */
    public record Example(String name, SegmentTranscript.Transcript transcript, List<Role> roles) {}

    /**
     * The transcript of an annotated document with the roles the gold gives its paragraphs, or null when
     * the gold cannot be laid on this document's paragraphs.
     *
     * @param goldRoles given the paragraphs' texts, their gold roles (or null if they do not fit the gold)
     */
    public static Example example(String name, WorkingDocument document, Function<List<String>, List<Role>> goldRoles) {
        SegmentTranscript.Transcript transcript = SegmentTranscript.Transcript.of(document, TurnWeights.shipped());
        List<String> texts = transcript.blocks().stream()
                .map(block -> block.content().text())
                .toList();
        List<Role> roles = texts.isEmpty() ? null : goldRoles.apply(texts);
        if (roles == null || !transcript.leadAllowed() && roles.contains(Role.LEAD)) {
            return null;
        }
        return new Example(name, transcript, roles);
    }

    /**
     * Fits weights on the examples, and the confidence scale on readings of transcripts each fit did not see
     * ({@link #FOLDS}-fold, out of fold): a scale fitted on the training transcripts themselves would promise
     * more than new articles keep.
     */
    public static TurnWeights fit(List<Example> examples, int version) {
        double[] parameters = perceptron(examples, version);
        List<double[]> outcomes = new ArrayList<>();
        List<DocumentOutcome> documents = new ArrayList<>();
        for (int fold = 0; fold < FOLDS && examples.size() >= FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> unseen = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % FOLDS == fold ? unseen : training).add(examples.get(i));
            }
            TurnWeights foldWeights = toWeights(perceptron(training, version), 1, 0, version);
            outcomes.addAll(outcomes(unseen, foldWeights));
            documents.addAll(documentOutcomes(unseen, foldWeights));
        }
        if (outcomes.isEmpty()) {
            TurnWeights own = toWeights(parameters, 1, 0, version);
            outcomes = outcomes(examples, own);
            documents = documentOutcomes(examples, own);
        }
        return toWeights(parameters, calibratedScale(outcomes), boundaryDoubt(documents), version);
    }

    /** How many parts the examples are cut into to fit the confidence scale out of fold. */
    public static final int FOLDS = 4;

    /** The averaged weights of {@link #EPOCHS} passes of the perceptron over the examples. */
    private static double[] perceptron(List<Example> examples, int version) {
        double[] weights = new double[PARAMETERS];
        double[] sum = new double[PARAMETERS];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        int steps = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                Role[] predicted = decode(example, toWeights(weights, 1, 0, version), true);
                if (predicted != null) {
                    update(weights, example, predicted);
                }
                for (int k = 0; k < PARAMETERS; k++) {
                    sum[k] += weights[k];
                }
                steps++;
            }
        }
        double[] averaged = new double[PARAMETERS];
        for (int k = 0; k < PARAMETERS; k++) {
            averaged[k] = sum[k] / Math.max(1, steps);
        }
        return averaged;
    }

    private static TurnWeights toWeights(double[] parameters, double scale, double boundaryDoubt, int version) {
        double[] features = java.util.Arrays.copyOf(parameters, TurnFeature.values().length);
        int t = TurnFeature.values().length;
        return new TurnWeights(version, features, parameters[t], parameters[t + 1], scale, boundaryDoubt);
    }

    /** The best reading under the weights; with {@code costed}, wrong roles earn {@link #COST} each. */
    private static Role[] decode(Example example, TurnWeights weights, boolean costed) {
        double[][] scores = example.transcript().scores(weights);
        if (costed) {
            for (int i = 0; i < scores.length; i++) {
                for (Role role : Role.values()) {
                    if (role != example.roles().get(i)) {
                        scores[i][role.ordinal()] += COST;
                    }
                }
            }
        }
        Labelling labelling =
                TurnSequence.decode(scores, example.transcript().leadAllowed(), new boolean[scores.length], weights);
        return labelling == null ? null : labelling.roles();
    }

    /**
     * weights += rate × (Φ(gold) − Φ(predicted)), where the rate shrinks for transcripts longer than
     * {@link #TYPICAL_PARAGRAPHS}, so that a few long press briefings do not outvote many short interviews.
     */
    private static void update(double[] weights, Example example, Role[] predicted) {
        List<Role> gold = example.roles();
        double rate = Math.min(1, (double) TYPICAL_PARAGRAPHS / gold.size());
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] != gold.get(i)) {
                add(weights, example.transcript().features().get(i), gold.get(i), rate);
                add(weights, example.transcript().features().get(i), predicted[i], -rate);
            }
        }
        int t = TurnFeature.values().length;
        weights[t] += rate * (transitions(gold, Role.QUESTION) - transitions(List.of(predicted), Role.QUESTION));
        weights[t + 1] += rate * (transitions(gold, Role.ANSWER) - transitions(List.of(predicted), Role.ANSWER));
    }

    /** Φ of one paragraph in a role: its question signals (negated for an answer) or its lead signals. */
    private static void add(double[] weights, TurnScorer.Features features, Role role, double sign) {
        for (TurnFeature feature : features.present()) {
            double value = switch (role) {
                case QUESTION -> feature.side == TurnFeature.Side.QUESTION ? 1 : 0;
                case ANSWER -> feature.side == TurnFeature.Side.QUESTION ? -1 : 0;
                case LEAD -> feature.side == TurnFeature.Side.LEAD ? 1 : 0;
            };
            weights[feature.ordinal()] += sign * value;
        }
    }

    /** How often a question follows a paragraph in role {@code from}. */
    private static int transitions(List<Role> roles, Role from) {
        int count = 0;
        for (int i = 1; i < roles.size(); i++) {
            count += roles.get(i - 1) == from && roles.get(i) == Role.QUESTION ? 1 : 0;
        }
        return count;
    }

    /** For each exchange the weights read in the examples: its weakest margin, and 1 if it is right. */
    static List<double[]> outcomes(List<Example> examples, TurnWeights weights) {
        List<double[]> outcomes = new ArrayList<>();
        for (Example example : examples) {
            Labelling labelling = read(example, weights);
            if (labelling != null) {
                outcomes.addAll(exchangeOutcomes(labelling, example.roles()));
            }
        }
        return outcomes;
    }

    private static Labelling read(Example example, TurnWeights weights) {
        double[][] scores = example.transcript().scores(weights);
        return TurnSequence.decode(scores, example.transcript().leadAllowed(), new boolean[scores.length], weights);
    }

    /** A transcript read by weights that did not see it: its weakest boundary margin, and whether every boundary is right. */
    record DocumentOutcome(String name, double weakestBoundary, boolean right) {}

    static List<DocumentOutcome> documentOutcomes(List<Example> examples, TurnWeights weights) {
        List<DocumentOutcome> documents = new ArrayList<>();
        for (Example example : examples) {
            Labelling labelling = read(example, weights);
            if (labelling == null) {
                continue;
            }
            double weakest = Double.MAX_VALUE;
            boolean right = true;
            for (int i = 0; i < labelling.roles().length; i++) {
                weakest = Math.min(weakest, labelling.boundaryMargins()[i]);
                right &= labelling.startsExchange(i) == startsExchange(example.roles(), i);
            }
            documents.add(new DocumentOutcome(example.name(), weakest, right));
        }
        return documents;
    }

    private static boolean startsExchange(List<Role> roles, int i) {
        return roles.get(i) == Role.QUESTION && (i == 0 || roles.get(i - 1) != Role.QUESTION);
    }

    /**
     * The boundary margin below which a document is warned: just above the weakest boundary margin of
     * every transcript read wrongly out of fold, so that each of them would have been warned, and no
     * higher, so that right transcripts are warned as rarely as that allows. Zero if none was wrong.
     */
    static double boundaryDoubt(List<DocumentOutcome> documents) {
        java.util.OptionalDouble widest = documents.stream()
                .filter(document -> !document.right())
                .mapToDouble(DocumentOutcome::weakestBoundary)
                .max();
        return widest.isPresent() ? Math.ceil(widest.getAsDouble() * 10 + 1e-9) / 10 : 0;
    }

    /**
     * The scale that makes exchange confidences honest: each exchange read is right or wrong, and its
     * confidence is a sigmoid of its weakest margin; the scale maximises the likelihood.
     */
    static double calibratedScale(List<double[]> outcomes) {
        double best = 1;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double scale = 0.01; scale <= 5; scale += 0.01) {
            double likelihood = 0;
            for (double[] outcome : outcomes) {
                double p = 1 / (1 + Math.exp(-scale * outcome[0]));
                p = Math.min(1 - 1e-9, Math.max(1e-9, p));
                likelihood += outcome[1] == 1 ? Math.log(p) : Math.log(1 - p);
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = scale;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    /** For each exchange read: its weakest margin, and 1 if its paragraphs are exactly a gold exchange's. */
    static List<double[]> exchangeOutcomes(Labelling labelling, List<Role> gold) {
        List<double[]> outcomes = new ArrayList<>();
        Role[] roles = labelling.roles();
        int start = -1;
        for (int i = 0; i <= roles.length; i++) {
            boolean startsExchange =
                    i == roles.length || roles[i] == Role.QUESTION && (i == 0 || roles[i - 1] != Role.QUESTION);
            if (startsExchange && start >= 0) {
                boolean right = i == roles.length || gold.get(i) == Role.QUESTION && (gold.get(i - 1) != Role.QUESTION);
                right &= gold.get(start) == Role.QUESTION && (start == 0 || gold.get(start - 1) != Role.QUESTION);
                for (int j = start; j < i; j++) {
                    right &= roles[j] == gold.get(j);
                }
                outcomes.add(new double[] {Math.min(labelling.exchangeMargin(start, i), 50), right ? 1 : 0});
            }
            if (startsExchange) {
                start = i;
            }
        }
        return outcomes;
    }
}
