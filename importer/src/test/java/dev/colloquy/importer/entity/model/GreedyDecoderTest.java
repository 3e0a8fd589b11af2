package dev.colloquy.importer.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.text.Span;
import dev.colloquy.importer.evaluation.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decoder that skips the model where a name cannot open finds exactly the names OpenNLP's own finder finds
 * with the shipped model (same spans, types and probabilities), on all of GUM's text (training and test parts)
 * and on every document of the development part of the real-interview corpus; and wherever it skipped the model,
 * the model itself chose "outside".
 */
class GreedyDecoderTest {

    private static final Path DATA = Path.of("src", "train", "ner");
    private static final Path CORPUS = Path.of("..", "evaluation", "corpus");
    private static final Path SPLITS = Path.of("..", "evaluation", "splits.tsv");

    private static List<String[]> sentences;

    @BeforeAll
    static void readSentences() throws Exception {
        sentences = new ArrayList<>();
        for (String part : List.of("gum-train.txt", "gum-test.txt")) {
            sentences.addAll(gumSentences(DATA.resolve(part)));
        }
        for (Corpus.Entry entry : Corpus.load(CORPUS, SPLITS).part(Corpus.DEV)) {
            sentences.addAll(documentSentences(entry.document()));
        }
    }

    @Test
    void findsWhatOpenNlpFindsOnGumAndTheDevelopmentArticles() {
        NameFinderME reference = new NameFinderME(NameModel.standard().openNlpModel());
        GreedyDecoder decoder = new GreedyDecoder(
                NameModel.standard().openNlpModel(),
                NameModel.standard().openNlpModel().getFactory().createContextGenerator());
        int names = 0;
        for (String[] sentence : sentences) {
            opennlp.tools.util.Span[] expected = reference.find(sentence);
            opennlp.tools.util.Span[] found = decoder.find(sentence);
            assertThat(describe(found)).as(String.join(" ", sentence)).isEqualTo(describe(expected));
            names += expected.length;
        }
        assertThat(names).as("names found in the text compared").isGreaterThan(5_000);
    }

    @Test
    void theModelNeverOpensANameWhereTheShortcutApplies() {
        NameFinderME reference = new NameFinderME(NameModel.standard().openNlpModel());
        int skipped = 0;
        int tokens = 0;
        double least = 1;
        for (String[] sentence : sentences) {
            boolean[] inName = inName(reference.find(sentence), sentence.length);
            double[] probabilities = reference.probs();
            for (int i = 0; i < sentence.length; i++) {
                boolean outsideBefore = i == 0 || !inName[i - 1];
                if (outsideBefore && !GreedyDecoder.mayOpenName(sentence[i])) {
                    skipped++;
                    least = Math.min(least, probabilities[i]);
                    assertThat(inName[i])
                            .as("token %d of: %s", i, String.join(" ", sentence))
                            .isFalse();
                }
            }
            tokens += sentence.length;
        }
        // The shortcut is what makes the decoder cheaper: it must apply to most tokens of real text.
        assertThat(skipped).isGreaterThan(tokens / 2);
        // What the decoder carries from a skipped token (certainty of "outside") is close to the model's own.
        assertThat(least).isGreaterThan(0.98);
    }

    @Test
    void onlyCapitalsDigitsAndCaselessLettersMayOpenAName() {
        assertThat(List.of("Putin", "NATO", "iPhone", "2024", "Łódź", "ǅemal", "محمد", "東京"))
                .allMatch(GreedyDecoder::mayOpenName);
        assertThat(List.of("the", "of", "scikit", "é", ",", "“", "$", "-", "ß")).noneMatch(GreedyDecoder::mayOpenName);
    }

    private static boolean[] inName(opennlp.tools.util.Span[] names, int length) {
        boolean[] inside = new boolean[length];
        for (opennlp.tools.util.Span name : names) {
            Arrays.fill(inside, name.getStart(), name.getEnd(), true);
        }
        return inside;
    }

    private static List<String> describe(opennlp.tools.util.Span[] names) {
        return Arrays.stream(names)
                .map(name -> name.getStart() + "-" + name.getEnd() + " " + name.getType())
                .toList();
    }

    private static List<String[]> gumSentences(Path file) throws IOException {
        List<String[]> read = new ArrayList<>();
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(
                new PlainTextByLineStream(new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8))) {
            NameSample sample;
            while ((sample = samples.read()) != null) {
                read.add(sample.getSentence());
            }
        }
        return read;
    }

    /** The document's whole text cut as the finder cuts it: more than the importer reads (debris included). */
    private static List<String[]> documentSentences(Path document) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        List<String[]> read = new ArrayList<>();
        for (List<Span> sentence : Sentences.split(text, NameTokens.withoutAddresses(text, 0, text.length()))) {
            read.add(sentence.stream()
                    .map(token -> text.substring(token.start(), token.end()))
                    .toArray(String[]::new));
        }
        return read;
    }
}
