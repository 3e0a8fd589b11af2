package dev.colloquy.importer.transcript;

import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.TurnLabelling;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Snippets;
import dev.colloquy.importer.transcript.TurnScorer.Score;
import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the prose blocks that remain as lead, questions and answers, and groups them into exchanges.
 * Where the best reading beats the next best only narrowly, the block's line is reported as a boundary
 * the importer is unsure of.
 */
public final class SegmentTranscript implements Stage {

    @Override
    public String name() {
        return "segment-transcript";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.FRONT_MATTER, Fact.TURN_LABELS, Fact.PARTICIPANTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.EXCHANGES);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.QUESTION, BlockKind.ANSWER, BlockKind.LEAD);
    }

    private final TurnWeights weights;

    public SegmentTranscript() {
        this(TurnWeights.shipped());
    }

    public SegmentTranscript(TurnWeights weights) {
        this.weights = weights;
    }

    @Override
    public void apply(WorkingDocument document) throws ImportException {
        if (document.labelling() != TurnLabelling.UNLABELLED) {
            return; // labels decide; see SegmentLabelledTurns
        }
        Transcript transcript = Transcript.of(document, weights);
        double[][] scores = transcript.scores(weights);
        List<Score> questionScores = transcript.features().stream()
                .map(transcript.scorer()::question)
                .toList();
        boolean[] startsQuestion = Pins.apply(document, transcript.blocks(), scores);
        Labelling labelling = transcript.blocks().isEmpty()
                ? null
                : TurnSequence.decode(
                        scores,
                        transcript.leadAllowed(),
                        startsQuestion,
                        afterAColon(transcript.blocks(), startsQuestion),
                        weights);
        if (labelling == null) {
            throw new ImportException(
                    document.name(), "no recognisable interview: found no question followed by an answer");
        }
        List<Block> prose = transcript.blocks();
        label(prose, labelling);
        warnWhereUnsure(document, prose, labelling, questionScores);
        warnOfDoubtfulBoundary(document, prose, labelling);
        buildExchanges(document, prose, labelling);
    }

    /**
     * Blocks that follow a paragraph ending with a colon ("The four most active subprojects would be:"), which
     * introduces them: after an answer, such a block carries the answer on and opens no new exchange ("kubectl:
     * the canonical Kubernetes CLI." is an item of the answer's list). A lead ending so may still introduce the
     * first question, and a block a developer pinned as a question stays one.
     */
    private static boolean[] afterAColon(List<Block> blocks, boolean[] startsQuestion) {
        boolean[] after = new boolean[blocks.size()];
        for (int i = 1; i < blocks.size(); i++) {
            after[i] = !startsQuestion[i] && blocks.get(i - 1).text().strip().endsWith(":");
        }
        return after;
    }

    /**
     * The paragraphs left for the turn scorer, their signals, and whether a lead may precede the first
     * question: what the decoder reads, and what the weights are fitted on.
     */
    record Transcript(List<Block> blocks, List<TurnScorer.Features> features, boolean leadAllowed, TurnScorer scorer) {

        static Transcript of(WorkingDocument document, TurnWeights weights) {
            boolean introFound = document.firstOf(BlockKind.TRANSCRIPT_INTRO) != null;
            List<Block> prose = remainingProse(document, introFound);
            TurnScorer scorer = new TurnScorer(document.interviewee(), weights);
            List<TurnScorer.Features> features = new java.util.ArrayList<>();
            for (int i = 0; i < prose.size(); i++) {
                features.add(scorer.features(
                        prose.get(i), i > 0 ? prose.get(i - 1) : null, i + 1 < prose.size() ? prose.get(i + 1) : null));
            }
            return new Transcript(prose, features, !introFound, scorer);
        }

        /** scores[i] = {lead, question, answer} for block i: an answer is the opposite of a question. */
        double[][] scores(TurnWeights weights) {
            double[][] scores = new double[blocks.size()][];
            for (int i = 0; i < blocks.size(); i++) {
                double question = features.get(i).score(weights, TurnFeature.Side.QUESTION);
                double lead =
                        leadAllowed ? features.get(i).score(weights, TurnFeature.Side.LEAD) : Double.NEGATIVE_INFINITY;
                scores[i] = new double[] {lead, question, -question};
            }
            return scores;
        }
    }

    private static List<Block> remainingProse(WorkingDocument document, boolean introFound) {
        int from = introFound ? document.firstOf(BlockKind.TRANSCRIPT_INTRO).index() + 1 : 0;
        return document.blocks().subList(from, document.blocks().size()).stream()
                .filter(Block::isUnclassified)
                .toList();
    }

    private static void label(List<Block> prose, Labelling labelling) {
        for (int i = 0; i < prose.size(); i++) {
            BlockKind kind = switch (labelling.roles()[i]) {
                case LEAD -> BlockKind.LEAD;
                case QUESTION -> BlockKind.QUESTION;
                case ANSWER -> BlockKind.ANSWER;
            };
            prose.get(i)
                    .classify(
                            kind,
                            "turn segmentation, margin "
                                    + String.format("%.1f", labelling.margins()[i]));
        }
    }

    private void warnWhereUnsure(
            WorkingDocument document, List<Block> prose, Labelling labelling, List<Score> questionScores) {
        for (int i = 0; i < prose.size(); i++) {
            double margin = labelling.margins()[i];
            if (weights.confidence(margin) >= TurnWeights.SURE) {
                continue;
            }
            Role role = labelling.roles()[i];
            String reasons = String.join(", ", questionScores.get(i).reasons());
            String message = switch (role) {
                case QUESTION -> "read as a question, narrowly (" + reasons + ")";
                case ANSWER -> "read as part of an answer, though it could start a question (" + reasons + ")";
                case LEAD -> "read as the article's lead, though the transcript could start here";
            };
            document.warn(
                    "UNSURE_" + role,
                    prose.get(i).lineNumber(),
                    message + ": \"" + Snippets.firstWords(prose.get(i).text()) + "\"");
        }
    }

    /**
     * One warning per document, at its most doubtful boundary, when a reading that moves, adds or drops an
     * exchange boundary comes within the fitted margin of the chosen one: on development transcripts read
     * out of fold, every document with a wrong boundary had one that close.
     */
    private void warnOfDoubtfulBoundary(WorkingDocument document, List<Block> prose, Labelling labelling) {
        int weakest = 0;
        double[] margins = labelling.boundaryMargins();
        for (int i = 1; i < margins.length; i++) {
            weakest = margins[i] < margins[weakest] ? i : weakest;
        }
        if (margins.length == 0 || margins[weakest] >= weights.boundaryDoubt()) {
            return;
        }
        String decision = labelling.startsExchange(weakest)
                ? "starts an exchange here, though it could continue"
                : "continues here, though a new exchange could start";
        document.warn(
                "UNSURE_BOUNDARIES",
                prose.get(weakest).lineNumber(),
                String.format(
                        Locale.ROOT,
                        "the reading %s (boundary margin %.1f, below %.1f): \"%s\"",
                        decision,
                        margins[weakest],
                        weights.boundaryDoubt(),
                        Snippets.firstWords(prose.get(weakest).text())));
    }

    private void buildExchanges(WorkingDocument document, List<Block> prose, Labelling labelling) {
        Speaker asker = document.interviewer();
        Speaker answerer = document.interviewee();
        List<SpannedText> question = new ArrayList<>();
        List<SpannedText> answer = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < prose.size(); i++) {
            Role role = labelling.roles()[i];
            if (labelling.startsExchange(i) && !answer.isEmpty()) {
                addExchange(document, asker, answerer, question, answer, labelling.exchangeMargin(start, i));
                question.clear();
                answer.clear();
            }
            if (labelling.startsExchange(i)) {
                start = i;
            }
            if (role != Role.LEAD) {
                (role == Role.QUESTION ? question : answer).add(prose.get(i).content());
            }
        }
        addExchange(document, asker, answerer, question, answer, labelling.exchangeMargin(start, prose.size()));
    }

    private void addExchange(
            WorkingDocument document,
            Speaker asker,
            Speaker answerer,
            List<SpannedText> question,
            List<SpannedText> answer,
            double margin) {
        int ordinal = document.exchanges().size() + 1;
        document.addExchange(new Exchange(
                ordinal, new Turn(asker, question), new Turn(answerer, answer), weights.confidence(margin)));
    }
}
