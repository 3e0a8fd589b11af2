package dev.colloquy.api.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One occurrence of an entity; its exchange is resolved by {@link EntityGraph}. */
@Type("Mention")
@Description("One occurrence of an entity in the source text, under one of its names.")
public record Mention(
        @Ignore Long exchangeKey,

        @NonNull @Description("The words of the source that name the entity here, e.g. \"Mr. Trump\".")
        String text,

        @Description("Offset of the mention's first character in the source text of the article's current revision.")
        int start,

        @Description("Offset just past the mention's last character in the source text.")
        int end) {

    static Mention of(MentionRow row) {
        return new Mention(row.exchange == null ? null : row.exchange.id, row.text, row.spanStart, row.spanEnd);
    }
}
