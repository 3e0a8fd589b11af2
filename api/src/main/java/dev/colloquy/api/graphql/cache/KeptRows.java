package dev.colloquy.api.graphql.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What batch fields load by key (an article, an exchange, a turn's paragraphs, a quote), kept between requests
 * until the corpus next changes. A read whose whole answer is kept never gets here; one that is not (a search for
 * words not asked before, another page) still asks for the same few articles and exchanges as the reads before
 * it, and between imports their values cannot change. Only requests with a {@link ReadGeneration} use it, and
 * values are kept under the newest generation seen: when a request reads a newer one, all kept values are dropped
 * at once, as the {@link ReadCache}'s answers are.
 */
@ApplicationScoped
public class KeptRows {

    /** A value kept: what kind of thing it is (the loader's name) and its key. */
    private record Key(String kind, long key) {}

    private final int entries;
    private final ReadGeneration generation;
    private final Map<Key, Object> kept;
    private long newest = -1;

    KeptRows(ReadCacheConfig config, ReadGeneration generation) {
        this.entries = config.rows();
        this.generation = generation;
        this.kept = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > entries;
            }
        };
    }

    /**
     * The values of these keys, by key: those kept for the request's generation, and the others from the loader
     * in one call (and then kept). Keys the loader finds nothing for are left out, and asked again next time.
     */
    public <V> Map<Long, V> load(String kind, Collection<Long> keys, Function<List<Long>, Map<Long, V>> loader) {
        OptionalLong readAt = entries == 0 ? OptionalLong.empty() : generation.get();
        if (readAt.isEmpty() || keys.isEmpty()) {
            return keys.isEmpty() ? Map.of() : loader.apply(List.copyOf(keys));
        }
        Map<Long, V> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        lookUp(readAt.getAsLong(), kind, keys, found, missing);
        if (!missing.isEmpty()) {
            Map<Long, V> loaded = loader.apply(missing);
            found.putAll(loaded);
            keep(readAt.getAsLong(), kind, loaded);
        }
        return found;
    }

    @SuppressWarnings("unchecked") // a kind's values are all put by the same loader
    private synchronized <V> void lookUp(
            long readAt, String kind, Collection<Long> keys, Map<Long, V> found, List<Long> missing) {
        if (readAt > newest) {
            kept.clear(); // no request can ask for an older generation's values again
            newest = readAt;
        }
        for (Long key : keys) {
            Object value = readAt == newest ? kept.get(new Key(kind, key)) : null;
            if (value == null) {
                missing.add(key);
            } else {
                found.put(key, (V) value);
            }
        }
    }

    /** Values read for an older generation than the newest are not kept: they may already be out of date. */
    private synchronized <V> void keep(long readAt, String kind, Map<Long, V> loaded) {
        if (readAt == newest) {
            loaded.forEach((key, value) -> kept.put(new Key(kind, key), value));
        }
    }
}
