package dev.colloquy.api.graphql;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GraphQL documents parsed once for the checks that read a request before SmallRye does (its syntax, whether it
 * is a mutation, whether its answer may be kept). Frontends send the same few operations over and over, so the
 * parse of each is kept: parsing is the largest part of those checks. SmallRye keeps its own parses for
 * execution; this cache serves the service's own checks only.
 */
@ApplicationScoped
public class ParsedQueries {

    /** Enough for every operation of a frontend several times over; the least recently used is given up. */
    static final int ENTRIES = 256;

    /** Longer documents are parsed each time: keeping them would let one client fill memory with a few. */
    static final int LONGEST_KEPT = 32 * 1024;

    private final Map<String, Document> parsed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > ENTRIES;
        }
    });

    /** The parsed document; a query that is not GraphQL throws, and is never kept. */
    public Document parse(String query) throws InvalidSyntaxException {
        Document kept = parsed.get(query);
        if (kept != null) {
            return kept;
        }
        Document document = Parser.parse(query);
        if (query.length() <= LONGEST_KEPT) {
            parsed.put(query, document);
        }
        return document;
    }
}
