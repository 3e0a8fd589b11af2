package dev.colloquy.importer.pipeline;

import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.WorkingDocument;

/** One step of the import: reads what earlier stages annotated on the document and adds its own. */
public interface Stage {

    /** A short name for reports and timings, e.g. "split-blocks". */
    String name();

    void apply(WorkingDocument document) throws ImportException;
}
