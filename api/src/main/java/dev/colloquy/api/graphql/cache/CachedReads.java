package dev.colloquy.api.graphql.cache;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's usual strategy for queries, which first asks the {@link ReadCache} for an answer already read
 * since the corpus last changed, and keeps each new answer it may keep.
 */
public final class CachedReads extends AsyncExecutionStrategy {

    private final ReadCache cache;

    public CachedReads(DataFetcherExceptionHandler exceptionHandler, ReadCache cache) {
        super(exceptionHandler);
        this.cache = cache;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(
            ExecutionContext context, ExecutionStrategyParameters parameters) {
        Optional<ReadCache.Key> key = cache.keyFor(context);
        if (key.isEmpty()) {
            return super.execute(context, parameters);
        }
        ExecutionResult kept = cache.kept(key.get());
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        return super.execute(context, parameters).thenApply(result -> {
            cache.keep(key.get(), result);
            return result;
        });
    }
}
