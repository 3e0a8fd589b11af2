package dev.colloquy.api.ingest;

import dev.colloquy.api.article.Article;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The answer to importArticle. */
@Type("ImportResult")
@Description("What an import did: the article it made or found, and the importer's warnings.")
public record ImportResult(
        @NonNull @Description("The imported article; for a text imported before, the article it made then.")
        Article article,

        @Description(
                "True when the text was new; false when exactly this text had been imported before and nothing changed.")
        boolean created,

        @Description(
                "The article's revision after the import; it grows when a changed text of the same article is imported.")
        int revision,

        @Description("How many exchanges the interview has.")
        int exchangeCount,

        @NonNull @Description("Everything the importer was unsure of.")
        List<@NonNull ImportWarning> warnings) {}
