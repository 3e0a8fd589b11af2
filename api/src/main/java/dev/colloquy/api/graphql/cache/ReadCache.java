package dev.colloquy.api.graphql.cache;

import dev.colloquy.api.ingest.ArticleChanges;
import dev.colloquy.api.security.Caller;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to anonymous reads of the corpus, kept until the corpus next changes. Between imports an article,
 * its exchanges, quotes and entities never change, so the same query with the same variables has the same
 * answer; running it again through the GraphQL engine is most of what a read costs (a data fetcher call and a
 * selection-set walk per field), so a kept answer is served without running it.
 *
 * <p>Only answers that cannot depend on who asks are kept: operations that are queries, from callers who are
 * not signed in, whose root fields all read the corpus (no lessons, no viewer, no node, which may be a lesson;
 * no search, whose index follows the database a moment later). A key holds the corpus generation it was read
 * in: the last number of the database's change log ({@link ArticleChanges}), which every import and metadata
 * correction advances in its own transaction. Reading it costs one primary-key read of one row, and makes an
 * answer read before a change, through this instance or any other on the same database, never served after it.
 */
@ApplicationScoped
public class ReadCache {

    private static final Set<String> CORPUS_FIELDS =
            Set.of("article", "articles", "compareQuote", "entities", "entity", "exchange", "exchanges", "quotes");

    /** What identifies an answer: the corpus generation, the document, the operation and its variables. */
    record Key(long generation, String query, String operationName, Map<String, Object> variables) {}

    /** The newest generation seen: answers of older ones are dropped when a newer one is first seen. */
    private final AtomicLong newest = new AtomicLong();

    private final Map<Key, ExecutionResult> answers;
    private final int entries;
    private final Caller caller;
    private final ArticleChanges changes;

    ReadCache(ReadCacheConfig config, Caller caller, ArticleChanges changes) {
        this.entries = config.entries();
        this.caller = caller;
        this.changes = changes;
        this.answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, ExecutionResult> eldest) {
                return size() > entries;
            }
        });
    }

    /** The key of this execution's answer, or empty when the answer must not be kept. */
    Optional<Key> keyFor(ExecutionContext context) {
        OperationDefinition operation = context.getOperationDefinition();
        if (entries == 0
                || operation.getOperation() != OperationDefinition.Operation.QUERY
                || !readsOnlyTheCorpus(operation)
                || caller.name().isPresent()) {
            return Optional.empty();
        }
        long generation = changes.clock().lastChange();
        if (newest.getAndAccumulate(generation, Math::max) < generation) {
            answers.clear(); // none of them can be asked for again
        }
        var input = context.getExecutionInput();
        return Optional.of(new Key(generation, input.getQuery(), input.getOperationName(), input.getVariables()));
    }

    ExecutionResult kept(Key key) {
        return answers.get(key);
    }

    /**
     * Keeps an answer without errors (an error may be passing: a timeout on a busy machine). An answer read
     * while a change committed is kept under the generation it started in, which no later read asks for.
     */
    void keep(Key key, ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            answers.put(key, result);
        }
    }

    static boolean readsOnlyTheCorpus(OperationDefinition operation) {
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field)
                    || !CORPUS_FIELDS.contains(field.getName())
                            && !field.getName().equals("__typename")) {
                return false; // fragments at the root are rare; not worth resolving to keep their answers
            }
        }
        return true;
    }
}
