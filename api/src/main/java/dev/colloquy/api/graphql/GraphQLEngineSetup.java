package dev.colloquy.api.graphql;

import dev.colloquy.api.graphql.budget.QueryBudget;
import dev.colloquy.api.graphql.budget.QueryBudgetConfig;
import dev.colloquy.api.graphql.cache.CachedReads;
import dev.colloquy.api.graphql.cache.ReadCache;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one place where the service adds to the GraphQL engine SmallRye builds: the {@link QueryBudget} (cost
 * refused before execution, timeout), {@link ErrorCoding} (a code on every error) and the {@link ReadCache}
 * (answers to anonymous corpus reads kept until the corpus changes). SmallRye fires its
 * GraphQL.Builder as a CDI event (quarkus.smallrye-graphql.events.enabled) after setting its own
 * instrumentations, the depth and field limits; the builder has no getter, so a throwaway build reads them and
 * ours are chained after them.
 */
@ApplicationScoped
public class GraphQLEngineSetup {

    private static final Logger LOG = Logger.getLogger(GraphQLEngineSetup.class);

    void instrument(@Observes GraphQL.Builder builder, QueryBudgetConfig budget, ReadCache cache) {
        GraphQL built = builder.build();
        builder.instrumentation(new ChainedInstrumentation(List.of(
                built.getInstrumentation(),
                new QueryBudget(budget.maxCost(), budget.timeout()),
                new ErrorCoding.Rewrite())));
        // SmallRye leaves queries to graphql-java's default strategy with its own exception handler; the cached
        // one is that strategy with the same handler. Were SmallRye ever to bring its own, it is left alone.
        if (built.getQueryStrategy().getClass() == AsyncExecutionStrategy.class) {
            builder.queryExecutionStrategy(new CachedReads(new ExceptionHandler(), cache));
        } else {
            LOG.warnf("GraphQL query strategy %s is not the default: answers are not cached", built.getQueryStrategy());
        }
    }
}
