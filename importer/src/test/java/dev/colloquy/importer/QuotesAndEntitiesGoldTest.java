package dev.colloquy.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and entities of the sample against the gold file, with the figures printed: who said what, which
 * exchange each quote renders, and how many of the gold entities are found with the right type.
 */
class QuotesAndEntitiesGoldTest {

    private static JsonNode gold;
    private static ParsedArticle parsed;

    @BeforeAll
    static void parseSample() throws Exception {
        gold = new ObjectMapper().readTree(TestDocuments.resource("gold/al-majalla-rutte-interview.gold.json"));
        parsed = TestDocuments.parse("al-majalla-rutte-interview.txt", TestDocuments.sampleText());
    }

    @Test
    void findsEveryNarrativeQuoteWithItsSpeaker() {
        int found = 0;
        int rightSpeaker = 0;
        for (JsonNode expected : gold.get("narrativeQuotes")) {
            Optional<Quote> quote =
                    quoteWithText(QuoteKind.NARRATIVE, expected.get("text").asText());
            found += quote.isPresent() ? 1 : 0;
            rightSpeaker += quote.filter(q -> expected.get("speaker").asText().equals(q.speaker()))
                            .isPresent()
                    ? 1
                    : 0;
        }
        System.out.printf(
                "narrative quotes: %d of %d found, %d with the right speaker%n",
                found, gold.get("narrativeQuotes").size(), rightSpeaker);
        assertThat(rightSpeaker).isEqualTo(gold.get("narrativeQuotes").size());
    }

    @Test
    void attributesSpeechReportedInsideAnAnswerToItsSpeaker() {
        for (JsonNode expected : gold.get("quotesInsideAnswers")) {
            Optional<Quote> quote =
                    quoteWithText(QuoteKind.EMBEDDED, expected.get("text").asText());
            assertThat(quote).as(expected.get("text").asText()).isPresent();
            assertThat(quote.get().speaker()).isEqualTo(expected.get("speaker").asText());
            assertThat(quote.get().exchange())
                    .isEqualTo(expected.get("exchange").asInt());
        }
    }

    @Test
    void alignsQuotesWithTheExchangeTheyRender() {
        int withSource = 0;
        int right = 0;
        for (JsonNode expected : gold.get("narrativeQuotes")) {
            Quote quote = quoteWithText(
                            QuoteKind.NARRATIVE, expected.get("text").asText())
                    .orElseThrow();
            Integer ours = quote.source() == null ? null : quote.source().exchange();
            if (expected.get("sourceExchange").isNull()) {
                assertThat(ours)
                        .as(
                                "'%s' has no source in the transcript",
                                expected.get("text").asText())
                        .isNull();
                continue;
            }
            withSource++;
            if (Integer.valueOf(expected.get("sourceExchange").asInt()).equals(ours)) {
                right++;
                assertThat(quote.source().passage().isVerbatimIn(parsed.source().text()))
                        .isTrue();
                assertThat(quote.source().similarity()).isBetween(0.0, 1.0);
            }
        }
        System.out.printf(
                "source alignment: %d of %d narrative quotes matched to the gold exchange%n", right, withSource);
        assertThat(right).isGreaterThanOrEqualTo(withSource - 1);
    }

    @Test
    void recognisesTheGoldEntitiesWithTheirTypes() {
        JsonNode expected = gold.get("entities");
        int recalled = 0;
        for (JsonNode goldEntity : expected) {
            if (parsed.entities().stream().anyMatch(entity -> matches(entity, goldEntity))) {
                recalled++;
            } else {
                System.out.println("  missed: " + goldEntity.get("name").asText());
            }
        }
        long correct = parsed.entities().stream()
                .filter(entity -> {
                    boolean ok = false;
                    for (JsonNode goldEntity : expected) {
                        ok |= matches(entity, goldEntity);
                    }
                    if (!ok) {
                        System.out.println("  not in the gold: " + entity.name() + " (" + entity.type() + ")");
                    }
                    return ok;
                })
                .count();
        double recall = recalled / (double) expected.size();
        double precision = correct / (double) parsed.entities().size();
        System.out.printf(
                "entities: recall %.3f (%d of %d, right type), precision %.3f (%d of %d reported)%n",
                recall,
                recalled,
                expected.size(),
                precision,
                correct,
                parsed.entities().size());
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void joinsSurnamesTitlesAndMisspellingsToTheFullName() {
        assertThat(entity("Donald Trump").aliases()).contains("Trump", "Mr. Trump", "President Trump");
        assertThat(entity("Andrius Kubilius").aliases()).contains("Kabilius");
        assertThat(entity("Army Tactical Missile System").aliases()).contains("ATACMS");
        assertThat(parsed.entities())
                .extracting(Entity::name)
                .doesNotContain("Well", "Secondly", "However", "January", "February", "March", "Russian", "Arab");
    }

    @Test
    void everyMentionPointsAtItsExactTextAndExchange() {
        String source = parsed.source().text();
        parsed.entities()
                .forEach(entity -> entity.mentions().forEach(mention -> {
                    assertThat(mention.text().isVerbatimIn(source))
                            .as(mention.toString())
                            .isTrue();
                    if (mention.exchange() != null) {
                        assertThat(parsed.interview()
                                        .exchange(mention.exchange())
                                        .span()
                                        .contains(mention.text().span()))
                                .isTrue();
                    }
                }));
        assertThat(entity("Recep Tayyip Erdogan").mentions().get(0).exchange()).isEqualTo(14);
    }

    private static Entity entity(String name) {
        return parsed.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<Quote> quoteWithText(QuoteKind kind, String text) {
        return parsed.quotes().stream()
                .filter(q -> q.kind() == kind && q.text().text().equals(text))
                .findFirst();
    }

    /** Same type, and some form of the name in common (gold notes in brackets left aside). */
    static boolean matches(Entity entity, JsonNode goldEntity) {
        if (!entity.type().name().equals(goldEntity.get("type").asText())) {
            return false;
        }
        Set<String> goldForms = new HashSet<>();
        goldForms.add(normal(goldEntity.get("name").asText()));
        goldEntity
                .path("aliases")
                .forEach(alias -> goldForms.add(normal(alias.asText().replaceAll(" \\(.*\\)$", ""))));
        Set<String> ours =
                entity.aliases().stream().map(QuotesAndEntitiesGoldTest::normal).collect(Collectors.toSet());
        ours.add(normal(entity.name()));
        ours.retainAll(goldForms);
        return !ours.isEmpty();
    }

    private static String normal(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
