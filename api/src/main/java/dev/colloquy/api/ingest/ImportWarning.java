package dev.colloquy.api.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An importer warning as the schema and the REST response show it. */
@Type("ImportWarning")
@Description("Something the importer was unsure of, with the line of the source it concerns.")
public record ImportWarning(
        @NonNull @Description("A stable, machine-readable code such as UNCERTAIN_QUESTION.")
        String code,

        @NonNull @Description("What to look at, in a sentence.")
        String message,

        @Description("The 1-based line of the source document.")
        int line) {

    static ImportWarning of(dev.colloquy.core.source.ImportWarning warning) {
        return new ImportWarning(warning.code(), warning.message(), warning.line());
    }
}
