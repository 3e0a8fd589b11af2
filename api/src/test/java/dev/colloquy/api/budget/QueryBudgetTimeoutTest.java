package dev.colloquy.api.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.graphql.budget.QueryBudget;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The request deadline, on graphql-java alone with a deliberately slow field: a query that would run for
 * seconds stops soon after its deadline and answers one TIMEOUT error, not a partial result.
 */
class QueryBudgetTimeoutTest {

    private static final Duration SLOW_FIELD = Duration.ofMillis(100);

    @Test
    void aQueryPastItsDeadlineStopsAndAnswersTimeout() {
        GraphQL engine = engine(new QueryBudget(1000, Duration.ofMillis(300)));
        long started = System.nanoTime();
        // 50 slow items: 5 s if every one were fetched.
        ExecutionResult result = engine.execute("{ items(first: 50) { slow } }");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().get(0).getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(result.getErrors().get(0).getMessage()).contains("300 ms");
        assertThat((Object) result.getData()).isNull();
        assertThat(millis)
                .as("stopped soon after the deadline, not after 50 slow fields")
                .isLessThan(2_000);
    }

    @Test
    void aQueryWithinItsDeadlineAnswersWithItsCost() {
        ExecutionResult result = answered(Duration.ofSeconds(10), "{ items(first: 3) { slow } }", "items", 3);
        assertThat(result.getExtensions()).containsEntry("cost", Map.of("requested", 3L, "limit", 1000L));
    }

    @Test
    void aMutationIsNotCutShortAfterItsWrite() {
        answered(Duration.ofMillis(300), "mutation { write(first: 5) { slow } }", "write", 5);
    }

    /** Runs an operation that must answer the given number of items without errors. */
    private static ExecutionResult answered(Duration timeout, String operation, String field, int items) {
        ExecutionResult result = engine(new QueryBudget(1000, timeout)).execute(operation);
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<?>>>getData().get(field)).hasSize(items);
        return result;
    }

    private static GraphQL engine(QueryBudget budget) {
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse("""
                type Query { items(first: Int = 20): [Item!]! }
                type Mutation { write(first: Int = 1): [Item!]! }
                type Item { slow: Int! }
                """),
                        RuntimeWiring.newRuntimeWiring()
                                .type("Query", type -> type.dataFetcher("items", QueryBudgetTimeoutTest::items))
                                .type("Mutation", type -> type.dataFetcher("write", QueryBudgetTimeoutTest::items))
                                .type("Item", type -> type.dataFetcher("slow", slowly()))
                                .build());
        return GraphQL.newGraphQL(schema).instrumentation(budget).build();
    }

    private static List<Integer> items(DataFetchingEnvironment environment) {
        return IntStream.range(0, environment.<Integer>getArgument("first"))
                .boxed()
                .toList();
    }

    private static DataFetcher<Integer> slowly() {
        return environment -> {
            Thread.sleep(SLOW_FIELD.toMillis());
            return environment.<Integer>getSource();
        };
    }
}
