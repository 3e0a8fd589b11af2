package dev.colloquy.api.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.colloquy.api.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The cost of a query is counted before it runs, refused above the limit, and reported with every answer. */
@QuarkusTest
class QueryCostTest {

    private static final long LIMIT = 5000;
    private static final Path OPERATIONS = Path.of("../frontend-contract/src/main/resources/graphql/operations");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SessionFactory sessionFactory;

    @Test
    void fourNestedRelatedEntitiesOf100AreRefusedBeforeTheyRun() {
        String nested =
                "{ entities(first: 100) { nodes { relatedEntities(first: 100) { entity { relatedEntities(first: 100) {"
                        + " entity { relatedEntities(first: 100) { entity { relatedEntities(first: 100) { entity { name } } } } } } } } } } }";
        GraphQL.data("{ entities(first: 1) { totalCount } }");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long started = System.nanoTime();
        JsonPath body = GraphQL.post(nested).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertRefused(body, 100 + 10_000 + 1_000_000 + 100_000_000 + 10_000_000_000L);
        assertThat(statistics.getPrepareStatementCount()).as("statements run").isZero();
        assertThat(millis)
                .as("milliseconds to refuse (the attack ran 51-106 s)")
                .isLessThan(5_000);
    }

    @Test
    void sixHundredAliasedSearchesOf100AreRefused() {
        String aliased = IntStream.range(0, 600)
                .mapToObj(i -> "s" + i + ": search(query: \"nato\", first: 100) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertRefused(GraphQL.post(aliased).extract().jsonPath(), 60_000);
    }

    @Test
    void fragmentsAndVariablesCannotHideAPageSize() {
        String query = """
                query Hidden($n: Int = 1) { ...Outer }
                fragment Outer on Query { list: entities(first: $n) { nodes { ... on Entity { ...Inner } } } }
                fragment Inner on Entity { relatedEntities(first: $n) { entity { name } } }
                """;
        assertRefused(GraphQL.post(query, Map.of("n", 100)).extract().jsonPath(), 100 + 100 * 100);
        // The variable's default counts too when the request does not set it.
        JsonPath cheap = GraphQL.data(query);
        assertThat(cheap.getLong("extensions.cost.requested")).isEqualTo(1 + 1);
    }

    @Test
    void aListWithoutPagingMultipliesThePagesBeneathIt() {
        // Each exchange lists all its entities; each entity's related entities run once per entity.
        String query =
                "{ exchanges(first: 50) { nodes { entities { relatedEntities(first: 10) { entity { name } } } } } }";
        assertRefused(GraphQL.post(query).extract().jsonPath(), 50 + 50 * 20 * 10);
    }

    @Test
    void everyAnswerReportsItsCost() {
        JsonPath body =
                GraphQL.data("{ articles(first: 3) { nodes { interview { exchanges(first: 2) { totalCount } } } } }");
        assertThat(body.getLong("extensions.cost.requested")).isEqualTo(3 + 3 * 2);
        assertThat(body.getLong("extensions.cost.limit")).isEqualTo(LIMIT);

        JsonPath defaults = GraphQL.data("{ quotes { nodes { text } } entities { totalCount } }");
        assertThat(defaults.getLong("extensions.cost.requested"))
                .as("first: defaults to 20")
                .isEqualTo(20 + 20);
    }

    @Test
    void theStandardIntrospectionQueryIsAnswered() {
        JsonPath body = GraphQL.data(IntrospectionQuery.FULL);
        assertThat(body.getList("data.__schema.types")).isNotEmpty();
        assertThat(body.getString("data.__schema.queryType.name")).isEqualTo("Query");
    }

    @Test
    void everyContractOperationIsWithinTheLimitAsSentAndWithPagesOf100() throws IOException {
        List<Path> operations;
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            operations = files.filter(f -> f.toString().endsWith(".graphql"))
                    .sorted()
                    .toList();
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(7);
        for (Path operation : operations) {
            ObjectNode variables = variables(operation);
            assertWithinLimit(operation, variables);
            variables.properties().stream()
                    .filter(v -> v.getKey().equals("first"))
                    .toList()
                    .forEach(v -> variables.put(v.getKey(), 100));
            assertWithinLimit(operation, variables);
        }
    }

    private static void assertWithinLimit(Path operation, ObjectNode variables) throws IOException {
        Map<String, Object> values = JSON.convertValue(variables, Map.class);
        JsonPath body =
                GraphQL.post(Files.readString(operation), values).extract().jsonPath();
        String name = operation.getFileName().toString();
        assertThat(body.getList("errors.extensions.code", String.class))
                .as(name)
                .doesNotContain("QUERY_TOO_COSTLY", "TIMEOUT");
        assertThat(body.getLong("extensions.cost.requested")).as(name).isBetween(0L, 200L);
    }

    /**
     * The operation's variables file; a value taken from another operation's answer (an ID) becomes an ID of
     * nothing, which costs the same to plan: the cost depends on page sizes only.
     */
    private static ObjectNode variables(Path operation) throws IOException {
        Path file = operation.resolveSibling(operation.getFileName().toString().replace(".graphql", ".variables.json"));
        ObjectNode variables = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        variables.properties().stream()
                .filter(v -> v.getValue().has("fromAnswerOf"))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(key -> variables.put(key, "bm90aGluZzow"));
        return variables;
    }

    private static void assertRefused(JsonPath body, long cost) {
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("QUERY_TOO_COSTLY");
        assertThat(body.getString("errors[0].message"))
                .contains(String.valueOf(cost))
                .contains(String.valueOf(LIMIT));
        assertThat((Object) body.get("data")).isNull();
        assertThat(body.getLong("extensions.cost.requested")).isEqualTo(cost);
    }
}
