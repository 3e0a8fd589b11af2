package dev.colloquy.importer.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.quote.QuoteKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-checked reading of one corpus document: what a careful reader says its headline, participants,
 * publication and exchanges are. The format is described in {@code evaluation/GOLD-FORMAT.md}.
 *
 * @param document     the document's path relative to the corpus folder
 * @param sourceName   the corpus folder it lives in: the unit of the held-out split
 * @param derivedFrom  the original's document path for a derived variant, else null
 * @param interviewees everyone who answers, primary first
 * @param interviewers everyone who asks by name; empty when questions are unattributed
 * @param publication  the outlet, or null when the document does not say
 * @param entities     the named entities a careful reader lists, or null when the gold does not list them
 * @param quotes       the quotations a careful reader lists, or null when the gold does not list them
 * @param quotesEitherWay borderline passages in quotation marks that scoring neither rewards nor punishes
 */
public record GoldDocument(
        String document,
        String sourceName,
        String licence,
        String derivedFrom,
        String format,
        String layout,
        String headline,
        List<String> interviewees,
        List<String> interviewers,
        String publication,
        List<GoldExchange> exchanges,
        List<GoldEntity> entities,
        List<GoldQuote> quotes,
        List<String> quotesEitherWay) {

    /** The first words of one exchange's question turn and of its answer. */
    public record GoldExchange(String question, String answer) {}

    /**
     * One entity of the document: its fullest form as written, its type, the other forms the document uses,
     * and for a name that is fairly read either way (a company named like its product) the other type.
     */
    public record GoldEntity(String text, EntityType type, List<String> aliases, EntityType alternativeType) {

        public GoldEntity {
            aliases = List.copyOf(aliases);
        }

        /** True when {@code predicted} is of this entity's type or its alternative. */
        public boolean allows(EntityType predicted) {
            return predicted == type || predicted == alternativeType;
        }
    }

    /**
     * One quotation: the words as the document has them, how they appear, whose they are (null when the document
     * does not tell), which occurrence of the words is meant (from 1), and for a pull or narrative quote of an
     * interviewee the exchange whose answer it renders ({@code aligned} true, {@code sourceExchange} null when no
     * answer says it); for an embedded quote the exchange it is reported in, when given.
     */
    public record GoldQuote(
            String text,
            QuoteKind kind,
            String speaker,
            int occurrence,
            boolean aligned,
            Integer sourceExchange,
            Integer exchange) {}

    /** A gold reading of the segmentation and participants alone: no entity list, no quote list. */
    public GoldDocument(
            String document,
            String sourceName,
            String licence,
            String derivedFrom,
            String format,
            String layout,
            String headline,
            List<String> interviewees,
            List<String> interviewers,
            String publication,
            List<GoldExchange> exchanges) {
        this(
                document,
                sourceName,
                licence,
                derivedFrom,
                format,
                layout,
                headline,
                interviewees,
                interviewers,
                publication,
                exchanges,
                null,
                null,
                List.of());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public GoldDocument {
        interviewees = List.copyOf(interviewees);
        interviewers = List.copyOf(interviewers);
        exchanges = List.copyOf(exchanges);
        entities = entities == null ? null : List.copyOf(entities);
        quotes = quotes == null ? null : List.copyOf(quotes);
        quotesEitherWay = List.copyOf(quotesEitherWay);
    }

    public boolean derived() {
        return derivedFrom != null;
    }

    /** Reads a gold file; every missing or ill-typed field is named with the file. */
    public static GoldDocument read(Path file) throws CorpusException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new CorpusException(
                    file,
                    "is not valid JSON (" + e.getOriginalMessage() + ", line "
                            + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new CorpusException(file, "cannot be read (" + e.getMessage() + ")");
        }
        Fields fields = new Fields(file, root);
        String document = fields.text("document", true);
        int slash = document.indexOf('/');
        if (slash <= 0) {
            throw new CorpusException(file, "field 'document' must be '<source>/<file>', got '" + document + "'");
        }
        List<GoldExchange> exchanges = new ArrayList<>();
        JsonNode list = fields.array("exchanges");
        for (int i = 0; i < list.size(); i++) {
            Fields exchange = new Fields(file, list.get(i), "exchanges[" + i + "].");
            exchanges.add(new GoldExchange(exchange.text("question", true), exchange.text("answer", true)));
        }
        if (exchanges.isEmpty()) {
            throw new CorpusException(file, "field 'exchanges' is empty: a gold interview has at least one exchange");
        }
        return new GoldDocument(
                document,
                document.substring(0, slash),
                new Fields(file, root.path("source"), "source.").text("licence", true),
                fields.text("derivedFrom", false),
                fields.text("format", true),
                fields.text("layout", true),
                fields.nullableText("headline"),
                fields.texts("interviewees"),
                fields.texts("interviewers"),
                fields.text("publication", false),
                exchanges,
                entities(file, root),
                quotes(file, root, exchanges.size()),
                eitherWay(file, root));
    }

    /** The "quotes" list, or null when the gold has none. */
    private static List<GoldQuote> quotes(Path file, JsonNode root, int exchanges) throws CorpusException {
        if (root.path("quotes").isMissingNode()) {
            return null;
        }
        JsonNode list = new Fields(file, root).array("quotes");
        List<GoldQuote> quotes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            Fields quote = new Fields(file, node, "quotes[" + i + "].");
            String kind = quote.text("kind", true);
            if (!List.of("PULL", "NARRATIVE", "EMBEDDED").contains(kind)) {
                throw new CorpusException(file, "field 'quotes[" + i + "].kind' must be PULL, NARRATIVE or EMBEDDED");
            }
            Integer occurrence = quote.ordinal("occurrence", Integer.MAX_VALUE);
            quotes.add(new GoldQuote(
                    quote.text("text", true),
                    QuoteKind.valueOf(kind),
                    quote.text("speaker", false),
                    occurrence == null ? 1 : occurrence,
                    node.has("sourceExchange"),
                    quote.ordinal("sourceExchange", exchanges),
                    quote.ordinal("exchange", exchanges)));
        }
        return quotes;
    }

    /** The texts of "quotesEitherWay", empty when the gold has none. */
    private static List<String> eitherWay(Path file, JsonNode root) throws CorpusException {
        if (root.path("quotesEitherWay").isMissingNode()) {
            return List.of();
        }
        JsonNode list = new Fields(file, root).array("quotesEitherWay");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            texts.add(new Fields(file, list.get(i), "quotesEitherWay[" + i + "].").text("text", true));
        }
        return texts;
    }

    /** The "entities" list, or null when the gold has none. */
    private static List<GoldEntity> entities(Path file, JsonNode root) throws CorpusException {
        if (root.path("entities").isMissingNode()) {
            return null;
        }
        JsonNode list = new Fields(file, root).array("entities");
        List<GoldEntity> entities = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields entity = new Fields(file, list.get(i), "entities[" + i + "].");
            String alternative = entity.text("alternativeType", false);
            entities.add(new GoldEntity(
                    entity.text("text", true),
                    entity.type(entity.text("type", true), "type"),
                    list.get(i).has("aliases") ? entity.texts("aliases") : List.of(),
                    alternative == null ? null : entity.type(alternative, "alternativeType")));
        }
        return entities;
    }

    /** Typed access to one JSON object, naming the file and field in every complaint. */
    private record Fields(Path file, JsonNode node, String prefix) {

        Fields(Path file, JsonNode node) {
            this(file, node, "");
        }

        String text(String name, boolean required) throws CorpusException {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    throw new CorpusException(file, "field '" + prefix + name + "' is missing");
                }
                return null;
            }
            if (!value.isTextual() || required && value.asText().isBlank()) {
                throw new CorpusException(file, "field '" + prefix + name + "' must be a non-empty string");
            }
            return value.asText();
        }

        /** A field that must be given but may be null ("headline": null for a document with no title). */
        String nullableText(String name) throws CorpusException {
            if (node.path(name).isMissingNode()) {
                throw new CorpusException(file, "field '" + prefix + name + "' is missing");
            }
            return text(name, false);
        }

        /** An optional number from 1 to {@code max}, or null when absent or null. */
        Integer ordinal(String name, int max) throws CorpusException {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isInt() || value.asInt() < 1 || value.asInt() > max) {
                throw new CorpusException(
                        file, "field '" + prefix + name + "' must be a number from 1 to " + max + " or null");
            }
            return value.asInt();
        }

        EntityType type(String value, String name) throws CorpusException {
            try {
                return EntityType.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new CorpusException(
                        file, "field '" + prefix + name + "' must be PERSON, ORGANIZATION, LOCATION, EVENT or PRODUCT");
            }
        }

        JsonNode array(String name) throws CorpusException {
            JsonNode value = node.path(name);
            if (!value.isArray()) {
                throw new CorpusException(file, "field '" + prefix + name + "' must be an array");
            }
            return value;
        }

        List<String> texts(String name) throws CorpusException {
            List<String> texts = new ArrayList<>();
            JsonNode values = array(name);
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isTextual()) {
                    throw new CorpusException(file, "field '" + prefix + name + "[" + i + "]' must be a string");
                }
                texts.add(values.get(i).asText());
            }
            return texts;
        }
    }
}
