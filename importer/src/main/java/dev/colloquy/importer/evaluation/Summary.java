package dev.colloquy.importer.evaluation;

import java.util.List;
import java.util.function.Predicate;

/** The figures of a set of scored documents, as the evaluation report and its targets use them. */
public record Summary(
        int documents,
        int exact,
        int boundaryHits,
        int predictedBoundaries,
        int goldBoundaries,
        int headlines,
        int interviewees,
        int interviewers,
        int publications,
        int confidentExchanges,
        int confidentRight,
        int wrongDocuments,
        int wrongDocumentsWarned,
        int rejected) {

    /** Exchanges read at or above this confidence are promised to be right. */
    public static final double CONFIDENT = dev.colloquy.importer.transcript.TurnWeights.SURE;

    public static Summary of(List<DocumentScore> scores) {
        return new Summary(
                scores.size(),
                count(scores, DocumentScore::exact),
                scores.stream().mapToInt(DocumentScore::boundaryHits).sum(),
                scores.stream().mapToInt(DocumentScore::predictedBoundaries).sum(),
                scores.stream().mapToInt(DocumentScore::goldBoundaries).sum(),
                count(scores, score -> score.headline().right()),
                count(scores, score -> score.interviewee().right()),
                count(scores, score -> score.interviewer().right()),
                count(scores, score -> score.publication().right()),
                (int) confident(scores).count(),
                (int) confident(scores)
                        .filter(DocumentScore.ScoredExchange::right)
                        .count(),
                count(scores, DocumentScore::hasWrongBoundary),
                count(scores, score -> score.hasWrongBoundary() && score.warned()),
                count(scores, score -> score.rejection() != null));
    }

    private static java.util.stream.Stream<DocumentScore.ScoredExchange> confident(List<DocumentScore> scores) {
        return scores.stream()
                .flatMap(score -> score.exchanges().stream())
                .filter(exchange -> exchange.confidence() >= CONFIDENT);
    }

    private static int count(List<DocumentScore> scores, Predicate<DocumentScore> test) {
        return (int) scores.stream().filter(test).count();
    }

    public double exactShare() {
        return share(exact, documents);
    }

    public double precision() {
        return share(boundaryHits, predictedBoundaries);
    }

    public double recall() {
        return share(boundaryHits, goldBoundaries);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double confidentShare() {
        return share(confidentRight, confidentExchanges);
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
