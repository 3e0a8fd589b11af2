package dev.colloquy.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.colloquy.core.article.ParsedArticle;
import java.util.List;

/**
 * The JSON described in the design notes: one object per document, or an array when several were given.
 * The shape itself lives in {@link ImporterJson} so that tests and tools can share it.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static String render(List<ParsedArticle> articles) {
        Object value = articles.size() == 1
                ? ImporterJson.of(articles.get(0))
                : articles.stream().map(ImporterJson::of).toList();
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialise", e);
        }
    }
}
