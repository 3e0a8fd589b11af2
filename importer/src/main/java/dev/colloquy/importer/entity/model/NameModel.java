package dev.colloquy.importer.entity.model;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The statistical name finder: an Apache OpenNLP maximum-entropy model trained on GUM's named entities
 * ({@code train-names} rebuilds it from {@code importer/src/train/ner/}). The model is immutable and shared;
 * each document gets its own {@link Finder}, since decoding keeps per-document state, and reads its names with
 * {@link GreedyDecoder}, which finds what OpenNLP's own finder finds at a fraction of its cost.
 */
public final class NameModel {

    /** The shipped model, a resource of the importer. */
    public static final String RESOURCE = "/entity/names-en.bin";

    /** A name the model found: its span in the source, its type and the model's confidence. */
    public record Name(Span span, EntityType type, double probability) {}

    private final TokenNameFinderModel model;

    /**
     * Each thread's feature generator: building one parses the model's feature descriptor (an XML document),
     * which cost more than the model's reading of a short article; one is not safe to share between threads.
     */
    private final ThreadLocal<NameContextGenerator> contexts;

    public NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.contexts = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
    }

    /** The shipped model, loaded on first use. */
    public static NameModel standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final NameModel INSTANCE = load();
    }

    private static NameModel load() {
        try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("name model missing from the jar: " + RESOURCE);
            }
            return new NameModel(new TokenNameFinderModel(new BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model " + RESOURCE, e);
        }
    }

    /** Writes the model in OpenNLP's format. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** A finder for one document. */
    public Finder finder() {
        NameContextGenerator context = contexts.get();
        context.clearAdaptiveData();
        return new Finder(new GreedyDecoder(model, context));
    }

    /** OpenNLP's model itself: for the tests that compare {@link GreedyDecoder} with OpenNLP's own finder. */
    TokenNameFinderModel openNlpModel() {
        return model;
    }

    /** Reads the names of one document, sentence by sentence; it remembers what it found earlier. */
    public static final class Finder {

        private final GreedyDecoder finder;

        private Finder(GreedyDecoder finder) {
            this.finder = finder;
        }

        /** The names in {@code text[from, to)}. */
        public List<Name> find(String text, int from, int to) {
            List<Name> names = new ArrayList<>();
            for (List<Span> sentence : Sentences.split(text, NameTokens.withoutAddresses(text, from, to))) {
                if (mayName(text, sentence)) {
                    names.addAll(find(text, sentence));
                }
            }
            return names;
        }

        /**
         * False for a sentence with no capital letter and no digit, where the model (trained on edited text,
         * whose names are capitalised) finds nothing: it is not asked, which saves its time.
         */
        private static boolean mayName(String text, List<Span> sentence) {
            for (Span token : sentence) {
                for (int i = token.start(); i < token.end(); i++) {
                    char c = text.charAt(i);
                    if (Character.isUpperCase(c) || Character.isDigit(c)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The names among the given tokens of one sentence. */
        List<Name> find(String text, List<Span> tokens) {
            String[] words =
                    tokens.stream().map(t -> text.substring(t.start(), t.end())).toArray(String[]::new);
            List<Name> names = new ArrayList<>();
            for (opennlp.tools.util.Span found : finder.find(words)) {
                EntityType type = typeOf(found.getType());
                if (type != null) {
                    Span span = new Span(
                            tokens.get(found.getStart()).start(),
                            tokens.get(found.getEnd() - 1).end());
                    names.add(new Name(span, type, found.getProb()));
                }
            }
            return names;
        }

        /** The spans of names in a sentence of tokens, as token indexes with their type: for scoring. */
        opennlp.tools.util.Span[] findTokens(String[] words) {
            return finder.find(words);
        }

        /** Forgets what earlier documents said: call between documents. */
        void newDocument() {
            finder.clearAdaptiveData();
        }
    }

    /** The model's types are Colloquy's in lower case ("person", "location"). */
    static EntityType typeOf(String modelType) {
        try {
            return EntityType.valueOf(modelType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
