package dev.colloquy.importer.entity.model;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.importer.evaluation.EntityScores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
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

    /** How the training files end: one a converted set ({@code gum-train.txt}, {@code uner-ewt-train.txt}…). */
    public static final String TRAINING_SUFFIX = "-train.txt";

    /** GUM's test part beside the training files: held out, never trained on. */
    public static final String HELD_OUT = "gum-test.txt";

    private NameModelTraining() {}

    /**
     * The figures file: the training files, the SHA-256 of the training text (as {@link #trainingText} joins
     * them) and of the model file, then per type the right, reported and gold names on the held-out part.
     */
    public static String figures(List<Path> data, Path model, EntityScores scores) throws IOException {
        StringBuilder out = new StringBuilder()
                .append(
                        "# Written by train-names: the shipped name model and what it reached on GUM's held-out test part")
                .append(" (exact spans).\n# NameModelTest checks the shipped model against these lines.\n")
                .append("training-files\t")
                .append(String.join(
                        " ", data.stream().map(p -> p.getFileName().toString()).toList()))
                .append('\n')
                .append("training-data-sha256\t")
                .append(sha256(trainingText(data)))
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

    /**
     * The training files in {@code dir}: every {@code *-train.txt}, by name, so that the same folder always
     * gives the same training text. GUM's test part ({@value #HELD_OUT}) is not among them.
     */
    public static List<Path> trainingFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(TRAINING_SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The training files joined into one text, a blank line between two files: each file's last document
     * ends there, as a blank line ends a document inside a file.
     */
    public static byte[] trainingText(List<Path> files) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (Path file : files) {
            if (text.size() > 0) {
                text.write('\n');
            }
            text.write(Files.readAllBytes(file));
        }
        return text.toByteArray();
    }

    /** The SHA-256 of a file, in hexadecimal. */
    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** The SHA-256 of some bytes, in hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The model trained on the samples in {@code data}, the files read one after another. */
    public static NameModel train(List<Path> data) throws IOException {
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
        byte[] text = trainingText(data);
        try (ObjectStream<NameSample> samples = samples(() -> new ByteArrayInputStream(text))) {
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
        try (ObjectStream<NameSample> samples = samples(new MarkableFileInputStreamFactory(data.toFile()))) {
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

    private static ObjectStream<NameSample> samples(InputStreamFactory data) throws IOException {
        return new NameSampleDataStream(new PlainTextByLineStream(data, StandardCharsets.UTF_8));
    }
}
