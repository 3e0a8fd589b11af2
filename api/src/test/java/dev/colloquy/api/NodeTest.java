package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.entity.EntityType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every node type can be fetched again by the global ID it was served with, and entities link exchanges. */
@QuarkusTest
class NodeTest {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Article { slug }
              ... on Interview { interviewee { name } }
              ... on Exchange { ordinal }
              ... on Quote { kind text }
              ... on Entity { name type } } }""";

    @Inject
    TestData testData;

    @Test
    void articlesInterviewsExchangesAndQuotesResolveByTheirIds() {
        JsonPath sample = GraphQL.data("""
                query($slug: String!) { article(slug: $slug) { id slug
                  interview { id interviewee { name } exchanges(first: 2) { nodes { id ordinal } } }
                  quotes(first: 1) { nodes { id kind text } } } }""", Map.of("slug", SampleArticleTest.SAMPLE_SLUG));

        assertNode(sample.getString("data.article.id"), "Article", "slug", SampleArticleTest.SAMPLE_SLUG);
        assertNode(
                sample.getString("data.article.interview.id"),
                "Interview",
                "interviewee.name",
                sample.getString("data.article.interview.interviewee.name"));
        assertNode(sample.getString("data.article.interview.exchanges.nodes[1].id"), "Exchange", "ordinal", 2);
        List<String> quoteIds = sample.getList("data.article.quotes.nodes.id");
        assertThat(quoteIds).as("the sample has pull quotes").isNotEmpty();
        assertNode(quoteIds.get(0), "Quote", "text", sample.getString("data.article.quotes.nodes[0].text"));

        JsonPath exchange = GraphQL.data(
                "query($id: ID!) { exchange(id: $id) { ordinal } }",
                Map.of("id", sample.getString("data.article.interview.exchanges.nodes[1].id")));
        assertThat(exchange.getInt("data.exchange.ordinal")).isEqualTo(2);
    }

    @Test
    void entitiesResolveByIdAndLinkTheExchangesThatMentionThem() {
        String name = "Zorander " + UUID.randomUUID().toString().substring(0, 6);
        long key = testData.addEntity(
                SampleArticleTest.SAMPLE_SLUG, name, EntityType.PERSON, List.of("Zorander"), List.of(3, 5));
        JsonPath found = GraphQL.data("""
                query($prefix: String!) { entities(filter: {namePrefix: $prefix, type: PERSON}) {
                  totalCount nodes { id name aliases mentionCount } } }""", Map.of("prefix", name.toLowerCase()));
        assertThat(found.getInt("data.entities.totalCount")).isEqualTo(1);
        assertThat(found.getList("data.entities.nodes[0].aliases")).containsExactly("Zorander");
        assertThat(found.getInt("data.entities.nodes[0].mentionCount")).isEqualTo(2);
        String id = found.getString("data.entities.nodes[0].id");

        assertNode(id, "Entity", "name", name);
        JsonPath entity = GraphQL.data("""
                query($id: ID!) { entity(id: $id) { name exchanges { totalCount nodes { ordinal entities { name } } } } }""", Map.of("id", id));
        assertThat(entity.getList("data.entity.exchanges.nodes.ordinal")).containsExactly(3, 5);
        assertThat(entity.getList("data.entity.exchanges.nodes[0].entities.name"))
                .contains(name);

        JsonPath filtered = GraphQL.data(
                "query($id: ID!) { exchanges(filter: {entityId: $id}) { nodes { ordinal } } }", Map.of("id", id));
        assertThat(filtered.getList("data.exchanges.nodes.ordinal")).containsExactly(3, 5);
        assertThat(key).isPositive();
    }

    @Test
    void quotesFilterBySpeakerAndKind() {
        JsonPath all = GraphQL.data("""
                { quotes(first: 100, filter: {kind: PULL}) { nodes { kind speaker { name } article { slug } } } }""");
        List<String> kinds = all.getList("data.quotes.nodes.kind");
        assertThat(kinds).isNotEmpty().containsOnly("PULL");
        String speaker = all.getString("data.quotes.nodes.find { it.speaker != null }.speaker.name");
        JsonPath bySpeaker = GraphQL.data("""
                query($speaker: String!) { quotes(filter: {speaker: $speaker}) { totalCount nodes { speaker { name } } } }""", Map.of("speaker", speaker));
        assertThat(bySpeaker.getInt("data.quotes.totalCount")).isPositive();
        assertThat(bySpeaker.getList("data.quotes.nodes.speaker.name")).containsOnly(speaker);
    }

    @Test
    void anUnknownButWellFormedIdIsNull() {
        String unknown = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Exchange:999999".getBytes());
        JsonPath body = GraphQL.data(NODE, Map.of("id", unknown));
        assertThat((Object) body.get("data.node")).isNull();
    }

    private static void assertNode(String id, String typename, String field, Object expected) {
        JsonPath body = GraphQL.data(NODE, Map.of("id", id));
        assertThat(body.getString("data.node.__typename")).isEqualTo(typename);
        assertThat(body.getString("data.node.id")).isEqualTo(id);
        assertThat((Object) body.get("data.node." + field)).isEqualTo(expected);
    }
}
