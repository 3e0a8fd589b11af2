package dev.colloquy.importer.evaluation;

import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** Runs the importer over a corpus part, exactly as a developer would on each file, and scores each reading. */
public final class Evaluation {

    private final Importer importer;

    public Evaluation(Importer importer) {
        this.importer = importer;
    }

    public List<DocumentScore> run(List<Corpus.Entry> entries) {
        return entries.parallelStream().map(this::score).toList();
    }

    public DocumentScore score(Corpus.Entry entry) {
        try {
            byte[] bytes = Files.readAllBytes(entry.document());
            return DocumentScorer.score(
                    entry.gold(), entry.split(), importer.parse(bytes, entry.origin(), ImportOptions.DETECT));
        } catch (ImportException e) {
            return DocumentScorer.rejected(entry.gold(), entry.split(), e.getMessage());
        } catch (IOException e) {
            return DocumentScorer.rejected(entry.gold(), entry.split(), "cannot be read: " + e.getMessage());
        }
    }
}
