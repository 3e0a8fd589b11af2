package dev.colloquy.api.graphql.cache;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The corpus generation the current request reads, when its answer may be kept ({@link ReadCache}): set before
 * the request runs, from the same reading of the change log as the answer's key. Requests without one (signed-in
 * reads, mutations, lessons) never use {@link KeptRows}.
 */
@RequestScoped
public class ReadGeneration {

    private OptionalLong generation = OptionalLong.empty();

    void set(long value) {
        generation = OptionalLong.of(value);
    }

    public OptionalLong get() {
        return generation;
    }
}
