package dev.colloquy.importer.benchmark;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.entity.Mention;
import dev.colloquy.core.text.Span;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.entity.model.NameModel;
import dev.colloquy.importer.entity.model.NameModelTraining;
import dev.colloquy.importer.evaluation.Corpus;
import dev.colloquy.importer.evaluation.DocumentScorer;
import dev.colloquy.importer.evaluation.EntityScores;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.namefind.NameSample;

/**
 * Stanford CoreNLP 4.5's English NER and Colloquy's recogniser on the same text, scored the same way: the
 * corpus documents whose gold lists entities (document level, as {@code evaluate} scores them), and GUM's
 * held-out test part (exact spans, CoreNLP given GUM's tokens and sentences). CoreNLP has no EVENT or PRODUCT
 * type: its MISC names are left out, and its fine-grained place types (CITY, COUNTRY, STATE_OR_PROVINCE) are
 * LOCATION. Prints Markdown for EVALUATION.md and writes it to a file. Arguments: the corpus folder, GUM's
 * test file, the Markdown file to write. The quote comparison ({@link CoreNlpQuoteComparison}) follows.
 */
public final class CoreNlpComparison {

    private CoreNlpComparison() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path gumTest = Path.of(args[1]);
        long start = System.nanoTime();
        StanfordCoreNLP prose = pipeline(false);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CoreNLP loaded in %.1f s%n", loadSeconds);

        Corpus loaded = Corpus.load(corpus, Corpus.splitsBeside(corpus));
        Map<String, EntityScores> ours = new LinkedHashMap<>();
        Map<String, EntityScores> theirs = new LinkedHashMap<>();
        long oursNanos = 0;
        long theirsNanos = 0;
        Importer importer = Importer.standard();
        for (Corpus.Entry entry : loaded.part(null)) {
            if (entry.gold().entities() == null) {
                continue;
            }
            long t0 = System.nanoTime();
            ParsedArticle parsed = importer.parse(Files.readAllBytes(entry.document()), entry.origin());
            long t1 = System.nanoTime();
            CoreDocument document = new CoreDocument(parsed.source().text());
            prose.annotate(document);
            long t2 = System.nanoTime();
            oursNanos += t1 - t0;
            theirsNanos += t2 - t1;
            ours.computeIfAbsent(entry.split(), k -> new EntityScores())
                    .addAll(DocumentScorer.entities(entry.gold().entities(), parsed.entities()));
            theirs.computeIfAbsent(entry.split(), k -> new EntityScores())
                    .addAll(DocumentScorer.entities(entry.gold().entities(), entities(document)));
        }
        StringBuilder out = new StringBuilder()
                .append("## Entities: Colloquy and Stanford CoreNLP on the same text\n\n")
                .append("Measured with `./mvnw -B -pl core,importer -am -Pcorenlp test-compile` (CoreNLP 4.5.10, English")
                .append(" models jar, annotators tokenize, ssplit, pos, lemma, ner; SUTime and numeric classifiers off),")
                .append(" scored exactly as above. CoreNLP has no EVENT or PRODUCT type: its MISC names are left out and")
                .append(" its fine-grained CITY, COUNTRY and STATE_OR_PROVINCE count as LOCATION. On GUM's test part")
                .append(" CoreNLP is given GUM's tokens and sentences; Colloquy's figure there is the name model alone.\n\n")
                .append(EntityScores.header("part, system"))
                .append('\n');
        for (String split : List.of(Corpus.TEST, Corpus.DEV)) {
            String part = split.equals(Corpus.TEST) ? "**held-out**" : "dev";
            out.append(ours.get(split).row(part + ", Colloquy")).append('\n');
            out.append(theirs.get(split).row(part + ", CoreNLP 4.5.10")).append('\n');
        }
        StanfordCoreNLP tokenised = pipeline(true);
        EntityScores gumTheirs = gum(tokenised, gumTest);
        EntityScores gumOurs = NameModelTraining.score(NameModel.standard(), gumTest);
        out.append(gumOurs.row("GUM test part, Colloquy's name model")).append('\n');
        out.append(gumTheirs.row("GUM test part, CoreNLP 4.5.10")).append('\n');
        out.append(String.format(
                java.util.Locale.ROOT,
                "%nCoreNLP's pipeline loaded in %.1f s. Over the annotated corpus documents: Colloquy's whole import"
                        + " %.1f s, CoreNLP's annotation %.1f s (one thread, on a shared 2-core machine).%n",
                loadSeconds,
                oursNanos / 1e9,
                theirsNanos / 1e9));
        out.append(CoreNlpQuoteComparison.section(corpus));
        System.out.print(out);
        Files.writeString(Path.of(args[2]), out.toString(), StandardCharsets.UTF_8);
    }

    private static StanfordCoreNLP pipeline(boolean pretokenised) {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("tokenize.language", "en");
        if (pretokenised) {
            properties.setProperty("tokenize.whitespace", "true");
            properties.setProperty("ssplit.eolonly", "true");
        }
        return new StanfordCoreNLP(properties);
    }

    private static EntityType typeOf(String coreNlpType) {
        return switch (coreNlpType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** CoreNLP's mentions as entities: one per distinct text and type. */
    private static List<Entity> entities(CoreDocument document) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            EntityType type = typeOf(mention.entityType());
            if (type == null) {
                continue;
            }
            String key = mention.text() + "\t" + type;
            Span span = new Span(mention.charOffsets().first(), mention.charOffsets().second());
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(new SpannedText(mention.text(), span), null));
            types.put(key, type);
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((key, list) -> entities.add(new Entity(key.substring(0, key.indexOf('\t')), types.get(key), List.of(), list)));
        return entities;
    }

    /** Exact-span scores on GUM's test sentences, CoreNLP given GUM's tokens. */
    private static EntityScores gum(StanfordCoreNLP pipeline, Path file) throws Exception {
        EntityScores scores = new EntityScores();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            NameSample sample = NameSample.parse(line, false);
            String[] tokens = sample.getSentence();
            CoreDocument document = new CoreDocument(String.join(" ", tokens));
            pipeline.annotate(document);
            Set<String> found = new HashSet<>();
            for (CoreEntityMention mention : document.entityMentions()) {
                EntityType type = typeOf(mention.entityType());
                if (type != null) {
                    int first = mention.tokens().get(0).index() - 1;
                    int end = mention.tokens().get(mention.tokens().size() - 1).index();
                    found.add(first + ":" + end + ":" + type);
                }
            }
            Set<String> gold = new HashSet<>();
            for (opennlp.tools.util.Span name : sample.getNames()) {
                gold.add(name.getStart() + ":" + name.getEnd() + ":"
                        + name.getType().toUpperCase(java.util.Locale.ROOT));
            }
            for (EntityType type : EntityScores.TYPES) {
                String suffix = ":" + type;
                int right = (int) found.stream().filter(s -> s.endsWith(suffix) && gold.contains(s)).count();
                int predicted = (int) found.stream().filter(s -> s.endsWith(suffix)).count();
                int expected = (int) gold.stream().filter(s -> s.endsWith(suffix)).count();
                scores.add(type, right, predicted, expected);
            }
        }
        return scores;
    }
}
