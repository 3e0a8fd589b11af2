package dev.colloquy.contract;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import java.util.List;

/**
 * The changes from a released schema to a newer one that can break a client written against the released
 * one: removed types, fields and enum values, changed field or argument types, new required arguments.
 * graphql-java's SchemaDiff sorts changes into breaking, dangerous (e.g. a new enum value a client may not
 * handle) and informational (additions, deprecations); only the breaking ones are returned.
 */
public final class BreakingChanges {

    private BreakingChanges() {}

    /** One line per breaking change, e.g. "Article.headline (FIELD): field 'headline' was removed"; empty when none. */
    public static List<String> between(String releasedSdl, String currentSdl) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(releasedSdl, currentSdl), reporter);
        return reporter.getBreakages().stream()
                .map(BreakingChanges::describe)
                .sorted()
                .toList();
    }

    private static String describe(DiffEvent event) {
        String where = event.getTypeName() + (event.getFieldName() == null ? "" : "." + event.getFieldName());
        return where + " (" + event.getCategory() + "): " + event.getReasonMsg();
    }
}
