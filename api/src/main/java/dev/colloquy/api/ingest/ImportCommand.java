package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.validation.HttpUrl;
import dev.colloquy.api.validation.MaxUtf8Bytes;
import dev.colloquy.api.validation.Messages;
import dev.colloquy.api.validation.OneLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A document a client posts, with what it says about it; {@link ImportService} validates it (Bean Validation)
 * before anything is parsed, so GraphQL and REST can never disagree on what is acceptable. The document is
 * either {@code text} (GraphQL: a string, parsed as it is) or {@code body} (REST: bytes, decoded by the
 * importer); the other is null.
 *
 * @param mediaType the type the client declared (REST Content-Type), or null: the importer decides the format
 * @param revises   the global ID of the article this text is a new revision of, or null
 */
public record ImportCommand(
        @MaxUtf8Bytes(Limits.IMPORT_BYTES)
        @Pattern(regexp = "(?s).*\\S.*", message = "is empty: send the article's text")
        String text,

        @Size(max = Limits.IMPORT_BYTES, message = "is over the limit of {max} bytes")
        byte[] body,

        @OneLine @Size(max = Limits.NAME, message = Messages.TOO_LONG)
        String name,

        @HttpUrl String sourceUrl,
        String mediaType,

        @Size(max = Limits.ID, message = Messages.TOO_LONG) String revises,

        @NotNull ImportSettings settings) {

    /** A document posted as a GraphQL string. */
    public static ImportCommand ofText(
            String text, String name, String sourceUrl, String revises, ImportSettings settings) {
        return new ImportCommand(text, null, name, sourceUrl, null, revises, settings);
    }

    /** A document posted as bytes (REST), an absent body as empty bytes (which the importer refuses). */
    public static ImportCommand ofBody(
            byte[] body, String mediaType, String name, String sourceUrl, String revises, ImportSettings settings) {
        return new ImportCommand(
                null, body == null ? new byte[0] : body, name, sourceUrl, mediaType, revises, settings);
    }
}
