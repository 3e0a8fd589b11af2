package dev.colloquy.api.ingest;

import dev.colloquy.importer.ImportOptions;

/**
 * The options of one import, however they arrived (GraphQL input, REST query parameters).
 *
 * @param layout the layout to force, or null to let the importer detect it
 * @param strict refuse the document when the importer reports any warning, as the CLI's --strict does
 */
public record ImportSettings(ImportLayout layout, boolean strict) {

    public static final ImportSettings DETECT = new ImportSettings(null, false);

    /** The importer's own options. */
    ImportOptions importerOptions() {
        return layout == null ? ImportOptions.DETECT : new ImportOptions(layout.layout());
    }
}
