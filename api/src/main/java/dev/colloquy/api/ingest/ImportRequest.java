package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.core.source.Origin;

/**
 * A document as a client posts it, checked before the importer sees it: the GraphQL mutation and the REST
 * resource apply the same bounds, so the two can never disagree on what is acceptable.
 *
 * @param bytes  the document
 * @param origin its name (or {@link ArticleIngest#UNNAMED}), source URL and media type
 */
public record ImportRequest(byte[] bytes, Origin origin) {

    /**
     * Checks what the client sent; BAD_USER_INPUT naming the field for an oversized document, a name of more
     * than one line or over its limit, or a source URL that is not a bounded http(s) URL.
     *
     * @param bodyField what the client calls the document: text (GraphQL) or body (REST)
     */
    public static ImportRequest of(String bodyField, byte[] bytes, String name, String sourceUrl, String mediaType) {
        if (bytes.length > Limits.IMPORT_BYTES) {
            throw new BadUserInputException(bodyField + " is " + bytes.length + " bytes; the limit is "
                    + Limits.IMPORT_BYTES);
        }
        Limits.line("name", name, Limits.NAME);
        Limits.url("sourceUrl", sourceUrl);
        String origin = name == null || name.isBlank() ? ArticleIngest.UNNAMED : name;
        return new ImportRequest(bytes, new Origin(origin, sourceUrl, mediaType));
    }
}
