package dev.colloquy.api.graphql.cache;

import dev.colloquy.api.security.Caller;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps in the {@link ReadCache} each answer to an anonymous corpus read, as the JSON text SmallRye sends for
 * it. The key is taken before the request runs, so an answer is filed under the corpus generation it was read
 * in. Chained after every other instrumentation: the answer kept is the one the client received, its cost
 * extension included.
 */
public final class KeepAnswers extends SimplePerformantInstrumentation {

    private final ReadCache cache;
    private final Caller caller;
    private final ReadGeneration generation;

    public KeepAnswers(ReadCache cache, Caller caller, ReadGeneration generation) {
        this.cache = cache;
        this.caller = caller;
        this.generation = generation;
    }

    private record Pending(Optional<ReadCache.Key> key) implements InstrumentationState {}

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        var input = parameters.getExecutionInput();
        Optional<ReadCache.Key> key = cache.keyFor(
                input.getQuery(),
                input.getOperationName(),
                input.getVariables(),
                caller.name().isEmpty());
        // The batch fields of a read whose answer may be kept may use values kept for the same generation.
        key.ifPresent(k -> generation.set(k.generation()));
        return new Pending(key);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Optional<ReadCache.Key> key = ((Pending) state).key();
        if (key.isPresent() && result.getErrors().isEmpty()) {
            cache.keep(key.get(), new ExecutionResponse(result).getExecutionResultAsString());
        }
        return CompletableFuture.completedFuture(result);
    }
}
