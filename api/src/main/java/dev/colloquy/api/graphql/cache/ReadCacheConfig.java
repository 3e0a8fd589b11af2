package dev.colloquy.api.graphql.cache;

import io.smallrye.config.ConfigMapping;

/** How many answers to anonymous corpus reads are kept (application.properties explains the value). */
@ConfigMapping(prefix = "colloquy.read-cache")
public interface ReadCacheConfig {

    /** The most answers kept at once, the least recently used given up first; 0 turns the cache off. */
    int entries();

    /**
     * The most values of batch fields (articles, exchanges, quotes, paragraphs) kept between reads of the same
     * corpus generation ({@link KeptRows}); 0 turns it off.
     */
    int rows();
}
