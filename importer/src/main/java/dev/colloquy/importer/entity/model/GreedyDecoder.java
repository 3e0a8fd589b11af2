package dev.colloquy.importer.entity.model;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * Reads a sentence's names with the name model one token at a time, choosing at each token the likeliest
 * outcome that may follow the previous one: what OpenNLP's beam search does with a beam of one, the shipped
 * model's setting ({@link NameModelTraining#BEAM_SIZE}). It differs in one way, which saves most of the model's
 * time: a token that {@linkplain #mayOpenName cannot open a name} and follows no name is read as outside any
 * name without asking the model. GUM's training names never open with such a token, and on GUM's text and the
 * development articles the model never opened a name there either ({@code GreedyDecoderTest} checks that the
 * names found are OpenNLP's own, token for token).
 */
final class GreedyDecoder {

    private static final String OUTSIDE = "other";
    private static final String CONTINUES = "cont";

    private final MaxentModel model;
    private final NameContextGenerator contexts;
    private final SequenceCodec<String> codec;
    private final String[] outcomes;
    private final int outside;

    /**
     * The scores of the last token the model read. OpenNLP's maximum-entropy model adds a token's feature
     * weights to the array it is given, and its beam search gives it the same array for every token of a
     * document, so each token's scores start from the previous token's probabilities rather than from zero.
     * The shipped model's behaviour (and every figure measured with it) includes that, so it is kept.
     */
    private final double[] carried;

    /** One decoder per document, with a feature generator of the model's that no other thread uses meanwhile. */
    GreedyDecoder(TokenNameFinderModel model, NameContextGenerator contexts) {
        if (!"1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))) {
            throw new IllegalArgumentException("the name model is not read greedily (beam of one): "
                    + model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER));
        }
        this.model = model.getArtifact("nameFinder.model");
        this.contexts = contexts;
        this.codec = model.getFactory().createSequenceCodec();
        this.outcomes = new String[this.model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = this.model.getOutcome(i);
        }
        this.outside = this.model.getIndex(OUTSIDE);
        this.carried = new double[outcomes.length];
    }

    /** The names of one sentence as token spans, each with its type and the mean probability of its tokens. */
    Span[] find(String[] tokens) {
        String[] chosen = new String[tokens.length];
        double[] probabilities = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            if (outsideBefore(chosen, i) && !mayOpenName(tokens[i])) {
                chosen[i] = OUTSIDE;
                carryOutside();
                continue;
            }
            double[] scores = model.eval(contexts.getContext(i, tokens, chosen, null), carried);
            int best = best(scores, chosen, i);
            chosen[i] = outcomes[best];
            probabilities[i] = scores[best];
        }
        contexts.updateAdaptiveData(tokens, chosen);
        Span[] names = codec.decode(Arrays.asList(chosen));
        for (int n = 0; n < names.length; n++) {
            names[n] = new Span(names[n], mean(probabilities, names[n]));
        }
        return names;
    }

    /**
     * What the model would have carried from a token it was not asked about: certainty of "outside", near what it
     * gives such tokens (at least 0.98 on GUM's text and the development articles; the names found are the same).
     */
    private void carryOutside() {
        Arrays.fill(carried, 0);
        carried[outside] = 1;
    }

    /** Forgets what earlier sentences said (the adaptive features, if the model has any). */
    void clearAdaptiveData() {
        contexts.clearAdaptiveData();
    }

    /**
     * False for a token without a capital, a digit or a letter that has no case: a lower-case word or a mark of
     * punctuation. Names in edited text open with a capital or a digit ("Łódź", "2024 Olympics").
     */
    static boolean mayOpenName(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isDigit(c) || Character.isLetter(c) && !Character.isLowerCase(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean outsideBefore(String[] chosen, int i) {
        return i == 0 || chosen[i - 1].endsWith(OUTSIDE);
    }

    /** The likeliest outcome that may follow the previous one: a name continues only a name of its type. */
    private int best(double[] scores, String[] chosen, int i) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if (mayFollow(outcomes[o], chosen, i) && (best < 0 || scores[o] > scores[best])) {
                best = o;
            }
        }
        return best;
    }

    private static boolean mayFollow(String outcome, String[] chosen, int i) {
        if (!outcome.endsWith(CONTINUES)) {
            return true;
        }
        if (outsideBefore(chosen, i)) {
            return false;
        }
        return type(chosen[i - 1]).equals(type(outcome));
    }

    /** "person" of "person-start" or "person-cont". */
    private static String type(String outcome) {
        int dash = outcome.lastIndexOf('-');
        return dash < 0 ? "" : outcome.substring(0, dash);
    }

    private static double mean(double[] probabilities, Span name) {
        double sum = 0;
        for (int i = name.getStart(); i < name.getEnd(); i++) {
            sum += probabilities[i];
        }
        return sum / name.length();
    }
}
