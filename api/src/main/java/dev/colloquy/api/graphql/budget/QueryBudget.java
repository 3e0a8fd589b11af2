package dev.colloquy.api.graphql.budget;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bounds the work of each GraphQL request. Before an operation runs, its {@link QueryCost} is computed and an
 * operation above the limit is refused with QUERY_TOO_COSTLY; every answer carries
 * {@code extensions.cost: {requested, limit}} so that clients see how close they are. While a query runs, no
 * field is fetched after the request's deadline; a query that passed it is answered with a single TIMEOUT
 * error instead of a partial result, so it cannot run on for minutes. Mutations are not cut short: their write
 * may already be committed, and their answer must say what it did; their work is bounded by their input.
 */
public final class QueryBudget extends SimplePerformantInstrumentation {

    static final String TOO_COSTLY = "QUERY_TOO_COSTLY";
    static final String TIMEOUT = "TIMEOUT";

    private final long maxCost;
    private final Duration timeout;

    public QueryBudget(long maxCost, Duration timeout) {
        this.maxCost = maxCost;
        this.timeout = timeout;
    }

    /** One request's spending: its cost once known, its deadline, and whether the deadline stopped it. */
    private static final class Spending implements InstrumentationState {

        private final long deadline;
        private volatile Long cost;
        private volatile boolean timed = true;
        private volatile boolean stopped;

        private Spending(long deadline) {
            this.deadline = deadline;
        }

        private void checkDeadline() {
            if (timed && (stopped || System.nanoTime() - deadline > 0)) {
                stopped = true;
                throw new QueryTimeoutException();
            }
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Spending(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        long cost = QueryCost.of(
                context.getGraphQLSchema(),
                context.getDocument(),
                context.getExecutionInput().getOperationName(),
                context.getCoercedVariables());
        Spending spending = (Spending) state;
        spending.cost = cost;
        spending.timed = !context.isMutationOperation();
        if (cost > maxCost) {
            throw new AbortExecutionException(List.of(error(
                    TOO_COSTLY,
                    "the query would fetch up to " + cost
                            + " items, more than the limit of " + maxCost
                            + "; ask for smaller pages (first:) or fewer nested"
                            + " connections",
                    costOf(cost))));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        Spending spending = (Spending) state;
        return environment -> {
            spending.checkDeadline();
            return fetcher.get(environment);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Spending spending = (Spending) state;
        if (spending.stopped) {
            result = ExecutionResult.newExecutionResult()
                    .addError(error(
                            TIMEOUT,
                            "the query ran longer than " + timeout.toMillis() + " ms and was stopped; ask for less",
                            Map.of()))
                    .build();
        }
        if (spending.cost != null) {
            Map<String, Object> cost = costOf(spending.cost);
            result = result.transform(answer -> answer.addExtension("cost", cost));
        }
        return CompletableFuture.completedFuture(result);
    }

    /** {requested, limit} in this order: answers are compared as text (the contract's fixtures), so no Map.of. */
    private Map<String, Object> costOf(long requested) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", requested);
        cost.put("limit", maxCost);
        return cost;
    }

    private static GraphQLError error(String code, String message, Map<String, Object> cost) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (!cost.isEmpty()) {
            extensions.put("cost", cost);
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(new Classification(code))
                .extensions(extensions)
                .build();
    }

    /** graphql-java's errors name a classification; ours is the same as the code. */
    private record Classification(String code) implements ErrorClassification {

        @Override
        public String toSpecification(GraphQLError error) {
            return code;
        }
    }
}
