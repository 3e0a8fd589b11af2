package dev.colloquy.importer.pipeline;

import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import java.util.Set;

/**
 * One step of the import: reads what earlier stages annotated on the document and adds its own. Its contract
 * says which facts it reads ({@link #requires()}), which it writes ({@link #provides()}) and which kinds it
 * may give blocks ({@link #claims()}); the pipeline checks the order against it, and
 * {@code StageRequirementsTest} checks every stage against its contract on real documents.
 */
public interface Stage {

    /** A short name for reports, timings and contract errors, e.g. "split-blocks". */
    String name();

    /** The facts this stage reads, each of which an earlier stage must provide. */
    Set<Fact> requires();

    /** The facts this stage writes; it may also read them. */
    Set<Fact> provides();

    /** The kinds this stage may give blocks: claims are many stages' work, so they are declared apart. */
    default Set<BlockKind> claims() {
        return Set.of();
    }

    void apply(WorkingDocument document) throws ImportException;
}
