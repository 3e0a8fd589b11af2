package dev.colloquy.api.ingest;

/**
 * What one run of the corpus import did with its files.
 *
 * @param imported       new texts stored (new articles or revisions)
 * @param known          texts imported before, skipped after hashing
 * @param rejected       files the importer refused in this run (parsed, refused, recorded)
 * @param rejectedBefore files this importer version refused before, skipped without parsing
 */
public record CorpusRun(int imported, int known, int rejected, int rejectedBefore) {

    /** Counts as the run goes. */
    static final class Tally {
        int imported;
        int known;
        int rejected;
        int rejectedBefore;

        CorpusRun done() {
            return new CorpusRun(imported, known, rejected, rejectedBefore);
        }
    }
}
