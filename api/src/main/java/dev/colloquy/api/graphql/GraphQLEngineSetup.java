package dev.colloquy.api.graphql;

import dev.colloquy.api.graphql.budget.QueryBudget;
import dev.colloquy.api.graphql.budget.QueryBudgetConfig;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The one place where the service adds to the GraphQL engine SmallRye builds: the {@link QueryBudget} (cost
 * refused before execution, timeout) and {@link ErrorCoding} (a code on every error). SmallRye fires its
 * GraphQL.Builder as a CDI event (quarkus.smallrye-graphql.events.enabled) after setting its own
 * instrumentations, the depth and field limits; the builder has no getter, so a throwaway build reads them and
 * ours are chained after them.
 */
@ApplicationScoped
public class GraphQLEngineSetup {

    void instrument(@Observes GraphQL.Builder builder, QueryBudgetConfig budget) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                builder.build().getInstrumentation(),
                new QueryBudget(budget.maxCost(), budget.timeout()),
                new ErrorCoding.Rewrite())));
    }
}
