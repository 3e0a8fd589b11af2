package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Full-text search over HTTP: stemming, both spellings, phrases, ranking, offsets, filters and paging. */
@QuarkusTest
class SearchTest {

    private static final String SEARCH = """
            query($q: String!, $first: Int, $after: String, $filter: SearchFilter) {
              search(query: $q, first: $first, after: $after, filter: $filter) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node {
                  rank score kind text
                  snippet { text start end highlights { start end sourceStart sourceEnd text } }
                  exchange { ordinal } quote { id text } article { slug }
                } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void missileDefenseRanksTheExchangeOnMissileDefenceFirstAndFindsAntiMissileSystems() {
        List<Map<String, Object>> hits = search("missile defense", Map.of()).getList("data.search.edges.node");
        hits.forEach(h -> System.out.printf(
                "missile defense: #%s %s %s score %.2f: %s%n",
                h.get("rank"),
                h.get("kind"),
                h.get("exchange") == null ? "" : "exchange " + ordinal(h),
                ((Number) h.get("score")).doubleValue(),
                highlightTexts(h)));

        assertThat(hits.get(0).get("kind")).isEqualTo("EXCHANGE");
        assertThat(ordinal(hits.get(0))).isEqualTo(13);
        assertThat(highlightTexts(hits.get(0))).contains("missile defence");
        assertThat(hits.stream().filter(h -> "EXCHANGE".equals(h.get("kind"))).map(SearchTest::ordinal))
                .contains(4);
    }

    @Test
    void highlightOffsetsCutTheMatchedWordsFromTheHitTextAndFromTheSource() {
        String source = data.sourceText(SampleArticleTest.SAMPLE_SLUG);
        List<Map<String, Object>> hits = search("missile defense", Map.of()).getList("data.search.edges.node");
        int checked = 0;
        for (Map<String, Object> hit : hits) {
            String text = (String) hit.get("text");
            Map<String, Object> snippet = snippet(hit);
            assertThat(text.substring((int) snippet.get("start"), (int) snippet.get("end")))
                    .isEqualTo(snippet.get("text"));
            for (Map<String, Object> h : highlights(hit)) {
                String words = (String) h.get("text");
                assertThat(text.substring((int) h.get("start"), (int) h.get("end")))
                        .isEqualTo(words);
                if (SampleArticleTest.SAMPLE_SLUG.equals(((Map<?, ?>) hit.get("article")).get("slug"))) {
                    assertThat(source.substring((int) h.get("sourceStart"), (int) h.get("sourceEnd")))
                            .isEqualTo(words);
                }
                assertThat(words.toLowerCase()).containsAnyOf("missile", "defen");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheWordsInThatOrder() {
        JsonPath phrase = search("\"position of strength\"", Map.of());
        List<Map<String, Object>> hits = phrase.getList("data.search.edges.node");
        assertThat(hits).isNotEmpty();
        for (Map<String, Object> hit : hits) {
            assertThat(((String) hit.get("text")).toLowerCase()).contains("position of strength");
            assertThat(highlightTexts(hit))
                    .allSatisfy(t -> assertThat(t.toLowerCase()).isEqualTo("position of strength"));
        }
        assertThat(search("\"strength of position\"", Map.of()).getInt("data.search.totalCount"))
                .isZero();
        assertThat(search("strength of position", Map.of()).getInt("data.search.totalCount"))
                .isGreaterThanOrEqualTo(hits.size());
    }

    @Test
    void americanSpellingsFindBritishTextAndFiltersNarrowTheHits() {
        String slug = ImportTestSupport.importText(SyntheticInterviews.article("search " + UUID.randomUUID(), 10));
        Map<String, Object> onlyThat = Map.of("articleSlug", slug, "kinds", List.of("EXCHANGE"));

        List<Map<String, Object>> harbor =
                search("harbor", Map.of("filter", onlyThat)).getList("data.search.edges.node");
        assertThat(harbor)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(highlightTexts(h)).contains("harbour"));
        assertThat(search("center", Map.of("filter", Map.of("articleSlug", SampleArticleTest.SAMPLE_SLUG)))
                        .<String>getList("data.search.edges.node.text"))
                .anySatisfy(t -> assertThat(t).contains("command centre"));
        assertThat(search("harbor", Map.of("filter", Map.of("articleSlug", slug, "speaker", "Nobody Known")))
                        .getInt("data.search.totalCount"))
                .isZero();
        assertThat(search("defence", Map.of("filter", Map.of("speaker", "mark rutte", "kinds", List.of("EXCHANGE"))))
                        .<String>getList("data.search.edges.node.kind"))
                .isNotEmpty()
                .containsOnly("EXCHANGE");
    }

    @Test
    void pagesThroughHitsWithCursors() {
        JsonPath first = search("defence", Map.of("first", 3));
        int total = first.getInt("data.search.totalCount");
        assertThat(total).isGreaterThan(3);
        assertThat(first.getBoolean("data.search.pageInfo.hasNextPage")).isTrue();
        JsonPath second =
                search("defence", Map.of("first", 3, "after", first.getString("data.search.pageInfo.endCursor")));
        assertThat(second.<Integer>getList("data.search.edges.node.rank")).containsExactly(4, 5, 6);
        assertThat(second.getBoolean("data.search.pageInfo.hasPreviousPage")).isTrue();
        assertThat(GraphQL.firstErrorCode(GraphQL.post(SEARCH, Map.of("q", "defence", "first", 500))
                        .extract()
                        .jsonPath()))
                .isEqualTo("PAGE_TOO_LARGE");
        assertThat(GraphQL.firstErrorCode(
                        GraphQL.post(SEARCH, Map.of("q", "  ")).extract().jsonPath()))
                .isEqualTo("BAD_USER_INPUT");
    }

    private static JsonPath search(String q, Map<String, Object> more) {
        Map<String, Object> variables = new java.util.HashMap<>(more);
        variables.put("q", q);
        return GraphQL.data(SEARCH, variables);
    }

    private static int ordinal(Map<String, Object> hit) {
        Map<?, ?> exchange = (Map<?, ?>) hit.get("exchange");
        return exchange == null ? -1 : (Integer) exchange.get("ordinal");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> snippet(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("snippet");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> highlights(Map<String, Object> hit) {
        return (List<Map<String, Object>>) snippet(hit).get("highlights");
    }

    private static List<String> highlightTexts(Map<String, Object> hit) {
        return highlights(hit).stream().map(h -> (String) h.get("text")).toList();
    }
}
