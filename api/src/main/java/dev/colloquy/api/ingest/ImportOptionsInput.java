package dev.colloquy.api.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The importer's options for one import, as the command-line tool has them (--layout, --strict). */
@Input("ImportOptionsInput")
@Description("How to import: the importer's options, as its command-line tool has them.")
public class ImportOptionsInput {

    @Description("A layout to use instead of detecting it, when the detection reads the document wrongly.")
    public ImportLayout layout;

    @Description("True to refuse the document (IMPORT_UNSURE, nothing written) when the importer is unsure of anything"
            + " it would otherwise report as a warning. False when left out.")
    public Boolean strict;

    /** The options as the service takes them. */
    ImportSettings settings() {
        return new ImportSettings(layout, Boolean.TRUE.equals(strict));
    }
}
