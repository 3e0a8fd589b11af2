package dev.colloquy.api.graphql.cache;

import dev.colloquy.api.graphql.ParsedQueries;
import dev.colloquy.api.ingest.ArticleChanges;
import dev.colloquy.api.search.SearchIndex;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to anonymous reads of the corpus, kept as the JSON text sent to the client until the corpus next
 * changes. Between imports an article, its exchanges, quotes and entities never change, so the same query with
 * the same variables has the same answer; a kept answer is sent without running the request through the GraphQL
 * engine at all ({@code http.CachedAnswers}), which is most of what a read costs. {@link KeepAnswers} keeps the
 * answers as the engine gives them.
 *
 * <p>Only answers that cannot depend on who asks are kept: operations that are queries, from callers who are
 * not signed in, whose root fields all read the corpus or search it (no lessons, no viewer, no node, which may be
 * a lesson). A key holds the corpus generation it was read in: the last number of the database's change log
 * ({@link ArticleChanges}), which every import and metadata correction advances in its own transaction. Reading
 * it costs one primary-key read of one row, and makes an answer read before a change, through this instance or
 * any other on the same database, never served after it. The key of an answer with search results also holds
 * the version of the index it searched, which follows the database a moment later: a search answer is kept
 * exactly as long as a search run again would find the same.
 */
@ApplicationScoped
public class ReadCache {

    private static final String SEARCH = "search";

    private static final Set<String> CORPUS_FIELDS = Set.of(
            "article", "articles", "compareQuote", "entities", "entity", "exchange", "exchanges", "quotes", SEARCH);

    /** An answer that does not search is the same whatever the index holds. */
    private static final long NO_INDEX = -1;

    /**
     * What identifies an answer: the corpus generation, the version of the search index an answer with search
     * results was read from, the document, the operation and its variables.
     */
    public record Key(long generation, long indexVersion, String query, String operationName, String variables) {}

    /** The newest generation seen: answers of older ones are dropped when a newer one is first seen. */
    private final AtomicLong newest = new AtomicLong();

    private final Map<Key, String> answers;
    private final int entries;
    private final ArticleChanges changes;
    private final ParsedQueries queries;
    private final SearchIndex index;

    ReadCache(ReadCacheConfig config, ArticleChanges changes, ParsedQueries queries, SearchIndex index) {
        this.entries = config.entries();
        this.changes = changes;
        this.queries = queries;
        this.index = index;
        this.answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > entries;
            }
        });
    }

    /**
     * The key of a request's answer as of now, or empty when its answer must not be kept: the cache is off, the
     * caller is signed in, or the operation is not a query of the corpus alone. Reads the corpus generation, so
     * it is called before the request runs and never on an event loop.
     */
    public Optional<Key> keyFor(String query, String operationName, Object variables, boolean anonymous) {
        Optional<OperationDefinition> operation = entries == 0 || !anonymous || query == null
                ? Optional.empty()
                : operation(query, operationName).filter(ReadCache::readsOnlyTheCorpus);
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        String canonical = CanonicalJson.of(variables == null ? Map.of() : variables);
        if (canonical == null) {
            return Optional.empty();
        }
        long generation = changes.clock().lastChange();
        if (newest.getAndAccumulate(generation, Math::max) < generation) {
            answers.clear(); // none of them can be asked for again
        }
        // Read after the generation: the index follows the database, so an answer is never newer than its key.
        long indexVersion = searches(operation.get()) ? index.version() : NO_INDEX;
        return Optional.of(new Key(generation, indexVersion, query, operationName, canonical));
    }

    /**
     * Whether a request's answer may be kept at all (the cache is on, the operation a query of the corpus alone),
     * from its parse alone: no database read, so it may be asked on an event loop before deciding to look further.
     */
    public boolean mayKeep(String query, String operationName) {
        return entries > 0
                && query != null
                && operation(query, operationName)
                        .filter(ReadCache::readsOnlyTheCorpus)
                        .isPresent();
    }

    public Optional<String> kept(Key key) {
        return Optional.ofNullable(answers.get(key));
    }

    /**
     * Keeps an answer without errors (an error may be passing: a timeout on a busy machine). An answer read
     * while a change committed is kept under the generation it started in, which no later read asks for.
     */
    void keep(Key key, String answer) {
        answers.put(key, answer);
    }

    /** The operation a request runs: the one named, or the document's only one. */
    private Optional<OperationDefinition> operation(String query, String operationName) {
        Document document;
        try {
            document = queries.parse(query);
        } catch (InvalidSyntaxException notGraphQL) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operationName == null
                ? operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty()
                : operations.stream()
                        .filter(operation -> operationName.equals(operation.getName()))
                        .findFirst();
    }

    private static boolean searches(OperationDefinition operation) {
        return operation.getSelectionSet().getSelections().stream()
                .anyMatch(selection ->
                        selection instanceof Field field && field.getName().equals(SEARCH));
    }

    static boolean readsOnlyTheCorpus(OperationDefinition operation) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
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
