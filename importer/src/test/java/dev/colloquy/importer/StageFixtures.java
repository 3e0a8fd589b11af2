package dev.colloquy.importer;

import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Pipeline;
import dev.colloquy.importer.pipeline.Stage;
import java.util.List;

/** Documents as one stage of the standard pipeline finds them, so that its test runs that stage alone. */
public final class StageFixtures {

    private StageFixtures() {}

    /** The sample after every stage before the first of the given class. */
    public static WorkingDocument sampleBefore(Class<? extends Stage> stage) throws ImportException {
        return before(stage, "al-majalla-rutte-interview.txt", TestDocuments.sampleText());
    }

    public static WorkingDocument before(Class<? extends Stage> stage, String name, String text)
            throws ImportException {
        return Pipeline.standard()
                .annotateBefore(TestDocuments.document(name, text), ImportOptions.DETECT, List.of(), stage);
    }
}
