package dev.colloquy.api.graphql;

import dev.colloquy.api.graphql.budget.QueryBudget;
import dev.colloquy.api.graphql.budget.QueryBudgetConfig;
import dev.colloquy.api.graphql.cache.KeepAnswers;
import dev.colloquy.api.graphql.cache.ReadCache;
import dev.colloquy.api.graphql.cache.ReadGeneration;
import dev.colloquy.api.security.Caller;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The one place where the service adds to the GraphQL engine SmallRye builds: the {@link QueryBudget} (cost
 * refused before execution, timeout), {@link ErrorCoding} (a code on every error) and {@link KeepAnswers}
 * (answers to anonymous corpus reads kept in the {@link ReadCache} until the corpus changes), last so that it
 * keeps the answer as sent. SmallRye fires its
 * GraphQL.Builder as a CDI event (quarkus.smallrye-graphql.events.enabled) after setting its own
 * instrumentations, the depth and field limits; the builder has no getter, so a throwaway build reads them and
 * ours are chained after them.
 */
@ApplicationScoped
public class GraphQLEngineSetup {

    void instrument(
            @Observes GraphQL.Builder builder,
            QueryBudgetConfig budget,
            ReadCache cache,
            Caller caller,
            ReadGeneration generation) {
        GraphQL built = builder.build();
        builder.instrumentation(new ChainedInstrumentation(List.of(
                built.getInstrumentation(),
                new QueryBudget(budget.maxCost(), budget.timeout()),
                new ErrorCoding.Rewrite(),
                new KeepAnswers(cache, caller, generation))));
    }
}
