package dev.colloquy.api.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Helpers for SmallRye batch resolvers ({@code @Source List<X>}): they run one query for a whole list of
 * parents, and must answer with a list that lines up with the parents index by index.
 */
public final class Batch {

    private Batch() {}

    /** The distinct keys of the sources, for an {@code in (:keys)} clause. */
    public static <S> List<Long> keys(Collection<S> sources, ToLongFunction<S> key) {
        return sources.stream().map(key::applyAsLong).distinct().toList();
    }

    /** Groups rows by the key of the parent they belong to, keeping their order. */
    public static <R, V> Map<Long, List<V>> group(List<R> rows, Function<R, Long> parentKey, Function<R, V> value) {
        Map<Long, List<V>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(parentKey.apply(row), k -> new ArrayList<>())
                    .add(value.apply(row));
        }
        return grouped;
    }

    /** One value per source, in the sources' order; sources without a value get the fallback. */
    public static <S, V> List<V> align(List<S> sources, ToLongFunction<S> key, Map<Long, V> values, V fallback) {
        List<V> aligned = new ArrayList<>(sources.size());
        for (S source : sources) {
            aligned.add(values.getOrDefault(key.applyAsLong(source), fallback));
        }
        return aligned;
    }
}
