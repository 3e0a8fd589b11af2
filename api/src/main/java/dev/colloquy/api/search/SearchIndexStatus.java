package dev.colloquy.api.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Where the search index stands, for editors. */
@Type("SearchIndexStatus")
@Description("Where the search index stands against the database.")
public record SearchIndexStatus(
        @Description("True while the index is being rebuilt; searches answer from the previous index meanwhile, and"
                + " the service reports itself not ready (GET /q/health/ready).")
        boolean rebuilding,

        @Description("The version of the index's fields and analysis; an index of another version is rebuilt on start.")
        int version,

        @Description("How many texts (exchanges, quotes, lead paragraphs) searches find in.")
        int texts,

        @Description("Committed changes of articles the index has not applied yet; 0 when it is up to date.")
        int pendingChanges) {}
