package dev.colloquy.api.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of items in key order, with what a connection needs to describe it.
 *
 * @param keys the key of each item, index by index, from which cursors are made
 */
public record Page<T>(List<T> items, List<Long> keys, boolean hasNextPage, boolean hasPreviousPage, int totalCount) {

    public Page {
        items = List.copyOf(items);
        keys = List.copyOf(keys);
        if (items.size() != keys.size()) {
            throw new IllegalArgumentException("every item needs its key");
        }
    }

    /** The same page with every item converted, e.g. from database rows to schema types. */
    public <U> Page<U> map(Function<? super T, ? extends U> convert) {
        return new Page<>(items.stream().<U>map(convert).toList(), keys, hasNextPage, hasPreviousPage, totalCount);
    }

    public static <T> Page<T> of(List<T> fetched, ToLongFunction<T> key, PageRequest request, int totalCount) {
        boolean more = fetched.size() > request.first();
        List<T> items = more ? fetched.subList(0, request.first()) : fetched;
        return new Page<>(
                items, items.stream().map(key::applyAsLong).toList(), more, request.afterKey() != null, totalCount);
    }
}
