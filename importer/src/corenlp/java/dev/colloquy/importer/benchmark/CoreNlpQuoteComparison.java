package dev.colloquy.importer.benchmark;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.evaluation.Corpus;
import dev.colloquy.importer.evaluation.DocumentScorer;
import dev.colloquy.importer.evaluation.QuoteScores;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP 4.5's quote finder and quote attribution (its sieves over named people, without
 * coreference) and Colloquy's quote stages on the same documents: those whose gold lists quotes, scored exactly
 * as {@code evaluate} scores them. CoreNLP tells no kind of quote and aligns none to an exchange, so only found,
 * right speaker and precision are compared; its speaker is its canonical mention when it gives one.
 */
public final class CoreNlpQuoteComparison {

    private CoreNlpQuoteComparison() {}

    /** The quote comparison alone: the corpus folder, and the Markdown file to append the section to. */
    public static void main(String[] args) throws Exception {
        String section = section(Path.of(args[0]));
        System.out.print(section);
        Files.writeString(
                Path.of(args[1]), section, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** The Markdown section for the comparison. */
    static String section(Path corpus) throws Exception {
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = pipeline("tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP quoting = pipeline("quote");
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, QuoteScores> ours = new LinkedHashMap<>();
        Map<String, QuoteScores> theirs = new LinkedHashMap<>();
        Map<String, Integer> documents = new LinkedHashMap<>();
        long theirsNanos = 0;
        Importer importer = Importer.standard();
        for (Corpus.Entry entry : Corpus.load(corpus, Corpus.splitsBeside(corpus)).part(null)) {
            if (entry.gold().quotes() == null) {
                continue;
            }
            ParsedArticle parsed = importer.parse(Files.readAllBytes(entry.document()), entry.origin());
            long t0 = System.nanoTime();
            CoreDocument document = new CoreDocument(parsed.source().text());
            pipeline.annotate(document);
            // attribution without coreference: an empty set of chains where the quote annotator looks for them
            document.annotation().set(CorefCoreAnnotations.CorefChainAnnotation.class, new java.util.HashMap<>());
            quoting.annotate(document);
            theirsNanos += System.nanoTime() - t0;
            ParsedArticle asCoreNlpReads = new ParsedArticle(
                    parsed.source(),
                    parsed.article(),
                    parsed.interview(),
                    quotes(document, parsed.source().text()),
                    parsed.entities(),
                    parsed.warnings());
            ours.computeIfAbsent(entry.split(), k -> new QuoteScores())
                    .addAll(DocumentScorer.score(entry.gold(), entry.split(), parsed).quotes());
            theirs.computeIfAbsent(entry.split(), k -> new QuoteScores())
                    .addAll(DocumentScorer.score(entry.gold(), entry.split(), asCoreNlpReads).quotes());
            documents.merge(entry.split(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder()
                .append("\n## Quotes: Colloquy and Stanford CoreNLP on the same text\n\n")
                .append("Measured with `./mvnw -B -pl core,importer -am -Pcorenlp test-compile` (CoreNLP 4.5.10, English")
                .append(" models jar, annotators tokenize, ssplit, pos, lemma, ner, depparse, quote; quote attribution")
                .append(" without coreference), on the documents whose gold lists quotes, scored as in \"Quotes\" above.")
                .append(" CoreNLP tells no kind and aligns no quote to an exchange: alignment is Colloquy's alone.\n\n")
                .append(QuoteScores.header("part, system"))
                .append('\n');
        for (String split : List.of(Corpus.TEST, Corpus.DEV)) {
            if (!ours.containsKey(split)) {
                continue;
            }
            String part = (split.equals(Corpus.TEST) ? "**held-out**" : "dev") + ", " + documents.get(split)
                    + " documents";
            out.append(QuoteScores.row(part + ", Colloquy", ours.get(split).overall()))
                    .append('\n');
            QuoteScores.Counts coreNlp = theirs.get(split).overall();
            // CoreNLP links no quote to an exchange: no alignment to count, not even "none" as right
            out.append(QuoteScores.row(
                            part + ", CoreNLP 4.5.10",
                            new QuoteScores.Counts(
                                    coreNlp.gold(),
                                    coreNlp.found(),
                                    coreNlp.rightSpeaker(),
                                    coreNlp.reported(),
                                    coreNlp.matched(),
                                    0,
                                    0)))
                    .append('\n');
        }
        out.append(String.format(
                Locale.ROOT,
                "%nCoreNLP's quote pipeline loaded in %.1f s and annotated those documents in %.1f s (one thread,"
                        + " on a shared 2-core machine).%n",
                loadSeconds,
                theirsNanos / 1e9));
        return out.toString();
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties properties = new Properties();
        properties.setProperty("annotators", annotators);
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("quote.attributeQuotes", "true");
        // the quote annotator runs alone over what the first pipeline annotated, coreference chains left empty
        properties.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(properties);
    }

    /** CoreNLP's quotes as Colloquy's, at their exact spans, each with its canonical speaker or its speaker. */
    private static List<Quote> quotes(CoreDocument document, String text) {
        List<Quote> quotes = new ArrayList<>();
        for (CoreQuote quote : document.quotes()) {
            Integer begin = quote.coreMap().get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = quote.coreMap().get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (begin == null || end == null || end <= begin) {
                continue;
            }
            String speaker = quote.canonicalSpeaker().orElse(quote.speaker().orElse(null));
            quotes.add(new Quote(QuoteKind.NARRATIVE, SpannedText.cut(text, begin, end), speaker, null, null, null));
        }
        return quotes;
    }
}
