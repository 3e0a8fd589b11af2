package dev.colloquy.api.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a commit of the search index reflects, stored in the commit itself so that the texts and this state are
 * durable together.
 *
 * @param version    the {@link SearchIndex#VERSION} the index was built with
 * @param corpusId   the identity of the database it follows (corpus_clock.corpus_id)
 * @param lastChange the last change of that database's change log whose article it holds
 */
public record IndexState(int version, String corpusId, long lastChange) {

    private static final String VERSION = "colloquy.version";
    private static final String CORPUS = "colloquy.corpus";
    private static final String LAST_CHANGE = "colloquy.last-change";

    Map<String, String> asMap() {
        return Map.of(VERSION, Integer.toString(version), CORPUS, corpusId, LAST_CHANGE, Long.toString(lastChange));
    }

    /** The state a commit recorded; empty for a new index, or one written before states were recorded. */
    static Optional<IndexState> of(Iterable<Map.Entry<String, String>> commitData) {
        Map<String, String> data = new HashMap<>();
        if (commitData != null) {
            commitData.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!data.containsKey(VERSION) || !data.containsKey(CORPUS) || !data.containsKey(LAST_CHANGE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexState(
                    Integer.parseInt(data.get(VERSION)), data.get(CORPUS), Long.parseLong(data.get(LAST_CHANGE))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The same index having applied the changes up to seq. */
    IndexState at(long seq) {
        return new IndexState(version, corpusId, seq);
    }
}
