package dev.colloquy.importer.evaluation;

import java.util.List;

/**
 * How the importer's reading of one document compares with its gold.
 *
 * @param split              "dev" or "test"
 * @param rejection          why the importer refused the document, or null when it read it
 * @param boundaryHits       gold boundaries (question starts and answer starts) found in order
 * @param exchanges          each exchange the importer read: its confidence and whether it is exactly right
 * @param warned             whether the importer warned about its segmentation
 * @param firstMiss          the first gold exchange read wrongly, described for the report, or null
 * @param entities           the entity scores, or null when the gold lists no entities
 * @param quotes             the quote scores, or null when the gold lists no quotes
 */
public record DocumentScore(
        GoldDocument gold,
        String split,
        String rejection,
        int predictedExchanges,
        int boundaryHits,
        int predictedBoundaries,
        boolean exact,
        Field headline,
        Field interviewee,
        Field interviewer,
        Field publication,
        List<ScoredExchange> exchanges,
        boolean warned,
        String firstMiss,
        EntityScores entities,
        QuoteScores quotes) {

    /** One metadata field: what the importer said and whether the gold agrees. */
    public record Field(String predicted, boolean right) {}

    /** One exchange as read: how sure the importer was, and whether its extent matches a gold exchange. */
    public record ScoredExchange(double confidence, boolean right) {}

    public DocumentScore {
        exchanges = List.copyOf(exchanges);
    }

    public int goldExchanges() {
        return gold.exchanges().size();
    }

    public int goldBoundaries() {
        return 2 * goldExchanges();
    }

    /** A boundary read wrong or missed: what warnings should have flagged. */
    public boolean hasWrongBoundary() {
        return !exact;
    }
}
