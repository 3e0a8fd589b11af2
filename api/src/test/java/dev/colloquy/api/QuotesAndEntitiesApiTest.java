package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a teacher asks of the sample: what did Rutte say, how did the article render it, and who and what
 * is mentioned where. Every span the API returns cuts its text out of the shipped source.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class QuotesAndEntitiesApiTest {

    private static String source() throws Exception {
        return Files.readString(Path.of("../corpus/al-majalla-rutte-interview.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void aNarrativeQuoteLeadsToTheExchangeAndPassageItRenders() throws Exception {
        JsonPath body = GraphQL.data("""
                {
                  quotes(first: 50, filter: { speaker: "Mark Rutte", kind: NARRATIVE }) {
                    nodes { text start end similarity sourcePassage { text start end } sourceExchange { ordinal } }
                  }
                }""");
        List<Map<String, Object>> quotes = body.getList("data.quotes.nodes");
        assertThat(quotes).hasSize(9);
        Map<String, Object> nuclear = quotes.stream()
                .filter(q -> ((String) q.get("text")).startsWith("NATO takes nuclear issues"))
                .findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) nuclear.get("sourceExchange")).get("ordinal")).isEqualTo(7);
        Map<?, ?> passage = (Map<?, ?>) nuclear.get("sourcePassage");
        String source = source();
        assertThat(source.substring((Integer) passage.get("start"), (Integer) passage.get("end")))
                .isEqualTo(passage.get("text"))
                .contains("NATO takes the nuclear issue extremely seriously");
        assertThat(((Number) nuclear.get("similarity")).doubleValue()).isBetween(0.0, 1.0);
        Map<String, Object> offTranscript = quotes.stream()
                .filter(q -> q.get("text").equals("a fair agreement"))
                .findFirst()
                .orElseThrow();
        assertThat(offTranscript.get("sourceExchange")).isNull();
        assertThat(offTranscript.get("sourcePassage")).isNull();
    }

    @Test
    void anExchangeListsTheQuotesThatRenderItAndEmbeddedSpeechSitsInItsExchange() {
        JsonPath body = GraphQL.data("""
                {
                  quotes(first: 10, filter: { kind: EMBEDDED }) {
                    nodes { text speaker { name } exchange { ordinal quotes { kind } } }
                  }
                  exchanges(first: 1, filter: { articleSlug: "%s" }) {
                    nodes { ordinal quotes { kind text } }
                  }
                }""".formatted(SampleArticleTest.SAMPLE_SLUG));
        assertThat(body.getString("data.quotes.nodes[0].speaker.name")).isEqualTo("Recep Tayyip Erdogan");
        assertThat(body.getInt("data.quotes.nodes[0].exchange.ordinal")).isEqualTo(14);
        List<String> kindsRenderingExchangeOne = body.getList("data.exchanges.nodes[0].quotes.kind");
        assertThat(kindsRenderingExchangeOne).contains("PULL", "NARRATIVE");
    }

    @Test
    void anEntityHasAliasesMentionsWithSpansAndRelatedEntities() throws Exception {
        JsonPath body = GraphQL.data("""
                {
                  entities(first: 5, filter: { namePrefix: "Donald", type: PERSON }) {
                    nodes {
                      name type aliases mentionCount
                      mentions { text start end exchange { ordinal } }
                      exchanges(first: 20) { totalCount nodes { ordinal } }
                      relatedEntities(first: 5) { sharedExchanges entity { name } }
                    }
                  }
                }""");
        Map<String, Object> trump = body.getMap("data.entities.nodes[0]");
        assertThat(trump.get("name")).isEqualTo("Donald Trump");
        assertThat((List<String>) trump.get("aliases")).contains("Trump", "Mr. Trump");
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) trump.get("mentions");
        assertThat(mentions).hasSize((Integer) trump.get("mentionCount")).hasSizeGreaterThanOrEqualTo(8);
        String source = source();
        for (Map<String, Object> mention : mentions) {
            assertThat(source.substring((Integer) mention.get("start"), (Integer) mention.get("end")))
                    .isEqualTo(mention.get("text"));
        }
        assertThat(mentions).anySatisfy(m -> assertThat(m.get("exchange")).isNull());
        assertThat(mentions.stream()
                        .filter(m -> m.get("exchange") != null)
                        .map(m -> (Integer) ((Map<?, ?>) m.get("exchange")).get("ordinal"))
                        .toList())
                .contains(1, 10);
        List<Map<String, Object>> related = (List<Map<String, Object>>) trump.get("relatedEntities");
        assertThat(related).isNotEmpty();
        assertThat(related.stream()
                        .map(r -> (String) ((Map<?, ?>) r.get("entity")).get("name"))
                        .toList())
                .contains("NATO");
        int first = (Integer) related.get(0).get("sharedExchanges");
        assertThat(related)
                .allSatisfy(r -> assertThat((Integer) r.get("sharedExchanges")).isBetween(1, first));
    }

    @Test
    void entitiesFilterByType() {
        JsonPath body = GraphQL.data("""
                { entities(first: 100, filter: { type: LOCATION }) { nodes { name type } } }""");
        List<String> types = body.getList("data.entities.nodes.type");
        assertThat(types).isNotEmpty().containsOnly("LOCATION");
        List<String> names = body.getList("data.entities.nodes.name");
        assertThat(names).contains("Ukraine", "The Hague", "Indo-Pacific");
    }
}
