package dev.colloquy.api.graphql.budget;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Adds the {@link QueryBudget} to the GraphQL engine SmallRye builds. SmallRye fires its GraphQL.Builder as a CDI
 * event (quarkus.smallrye-graphql.events.enabled) after setting its own instrumentation (the depth and field
 * limits); the builder cannot be asked for it, so a throwaway build reads it and the budget is chained after it.
 */
@ApplicationScoped
public class QueryBudgetSetup {

    GraphQL.Builder addBudget(@Observes GraphQL.Builder builder, QueryBudgetConfig config) {
        QueryBudget budget = new QueryBudget(config.maxCost(), config.timeout());
        return builder.instrumentation(new ChainedInstrumentation(List.of(builder.build().getInstrumentation(), budget)));
    }
}
