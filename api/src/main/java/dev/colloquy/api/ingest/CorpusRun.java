package dev.colloquy.api.ingest;

/**
 * What one run of the corpus import did with its files.
 *
 * @param imported       new texts stored (new articles or revisions)
 * @param known          texts imported before, skipped after hashing
 * @param rejected       files the importer refused in this run (parsed, refused, recorded)
 * @param rejectedBefore files this importer version refused before, skipped without parsing
 * @param unread         folder files taken as unchanged by their size and time, not even read
 */
public record CorpusRun(int imported, int known, int rejected, int rejectedBefore, int unread) {

    /** Counts as the run goes. */
    static final class Tally {
        int imported;
        int known;
        int rejected;
        int rejectedBefore;
        int unread;

        CorpusRun done() {
            return new CorpusRun(imported, known, rejected, rejectedBefore, unread);
        }
    }
}
