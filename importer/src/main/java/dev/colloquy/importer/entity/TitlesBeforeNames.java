package dev.colloquy.importer.entity;

/**
 * A title or role ("President", "Dr", "Foreign Minister") is no name, but the name after it is a person's and
 * is also known by the titled form; the scanner hands the title on to the rule that reads that name.
 */
final class TitlesBeforeNames implements CandidateRule {

    @Override
    public int apply(Scan scan, Run run, int at) {
        return scan.isTitle(run.word(at)) ? 1 : 0;
    }
}
