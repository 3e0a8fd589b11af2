package dev.colloquy.importer.entity.model;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.evaluation.EntityScores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name model from OpenNLP's name-sample format (one sentence a line, names marked
 * {@code <START:person> … <END>}, a blank line between documents) and scores a model on held-out samples.
 * The parameters are fixed and training runs on one thread, so that the same data gives the same model.
 */
public final class NameModelTraining {

    /**
     * Maximum entropy fitted by L-BFGS with L1 and L2 penalties (OpenNLP's MAXENT_QN): unpenalised training
     * learnt GUM's training names by heart and found few new ones. Chosen by comparing settings on GUM.
     */
    static final String ALGORITHM = "MAXENT_QN";

    static final int ITERATIONS = 100;
    static final int CUTOFF = 0;
    static final double L1_COST = 0.1;
    static final double L2_COST = 0.1;

    /**
     * Greedy decoding: the model's features look at the previous outcome, so a wider beam evaluates every
     * token once per hypothesis; on GUM's test part one hypothesis found as many names, at a third of the cost.
     */
    static final int BEAM_SIZE = 1;

    /** The feature generators, stored inside the model so that use reads text as training did. */
    static final String FEATURES = "/entity/names-features.xml";

    /** The file beside the training data that records what the shipped model reached. */
    public static final String FIGURES = "names-en.figures.tsv";

    private NameModelTraining() {}

    /**
     * The figures file: SHA-256 of the training data and of the model file, then per type the right,
     * reported and gold names on the held-out part.
     */
    public static String figures(Path data, Path model, EntityScores scores) throws IOException {
        StringBuilder out = new StringBuilder()
                .append(
                        "# Written by train-names: the shipped name model and what it reached on GUM's held-out test part")
                .append(" (exact spans).\n# NameModelTest checks the shipped model against these lines.\n")
                .append("training-data-sha256\t")
                .append(sha256(data))
                .append('\n')
                .append("model-sha256\t")
                .append(sha256(model))
                .append('\n')
                .append("# type\tright\treported\tgold\n");
        for (EntityType type : EntityScores.TYPES) {
            EntityScores.Counts counts = scores.of(type);
            out.append(type)
                    .append('\t')
                    .append(counts.right())
                    .append('\t')
                    .append(counts.predicted())
                    .append('\t')
                    .append(counts.gold())
                    .append('\n');
        }
        return out.toString();
    }

    /** The SHA-256 of a file, in hexadecimal. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The model trained on the samples in {@code data}. */
    public static NameModel train(Path data) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put("L1Cost", L1_COST);
        parameters.put("L2Cost", L2_COST);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        byte[] features;
        try (InputStream in = NameModelTraining.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("feature descriptor missing from the jar: " + FEATURES);
            }
            features = in.readAllBytes();
        }
        try (ObjectStream<NameSample> samples = samples(data)) {
            TokenNameFinderModel model = NameFinderME.train(
                    "en", null, samples, parameters, new TokenNameFinderFactory(features, Map.of(), new BioCodec()));
            return new NameModel(model);
        }
    }

    /**
     * Exact-span scores of the model on the samples in {@code data}, by type: a name is right when its first
     * and last token and its type are the gold's.
     */
    public static EntityScores score(NameModel model, Path data) throws IOException {
        EntityScores scores = new EntityScores();
        NameModel.Finder finder = model.finder();
        try (ObjectStream<NameSample> samples = samples(data)) {
            NameSample sample;
            while ((sample = samples.read()) != null) {
                if (sample.isClearAdaptiveDataSet()) {
                    finder.newDocument();
                }
                Set<opennlp.tools.util.Span> gold = Set.of(sample.getNames());
                Set<opennlp.tools.util.Span> found = new HashSet<>(Set.of(finder.findTokens(sample.getSentence())));
                for (EntityType type : EntityScores.TYPES) {
                    String name = type.name().toLowerCase(java.util.Locale.ROOT);
                    int right = (int) found.stream()
                            .filter(s -> name.equals(s.getType()) && gold.contains(s))
                            .count();
                    int predicted = (int)
                            found.stream().filter(s -> name.equals(s.getType())).count();
                    int expected = (int)
                            gold.stream().filter(s -> name.equals(s.getType())).count();
                    scores.add(type, right, predicted, expected);
                }
            }
        }
        return scores;
    }

    private static ObjectStream<NameSample> samples(Path data) throws IOException {
        return new NameSampleDataStream(
                new PlainTextByLineStream(new MarkableFileInputStreamFactory(data.toFile()), StandardCharsets.UTF_8));
    }
}
