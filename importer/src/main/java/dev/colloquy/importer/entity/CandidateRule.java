package dev.colloquy.importer.entity;

/**
 * One family of rules by which the names of a paragraph are found. The {@link CandidateScanner} decides where
 * and in which order each family is tried, so that the first to claim words keeps them.
 */
interface CandidateRule {

    /**
     * Adds to the scan the candidates this family finds in {@code run} from its word {@code at} on, and answers
     * how many words it took, 0 when it does not apply there.
     */
    int apply(Scan scan, Run run, int at);
}
