package dev.colloquy.importer.transcript;

import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.TurnLabelling;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.transcript.TurnScorer.Score;
import dev.colloquy.importer.transcript.TurnSequence.Labelling;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the prose blocks that remain as lead, questions and answers, and groups them into exchanges.
 * Where the best reading beats the next best only narrowly, the block's line is reported as a boundary
 * the importer is unsure of.
 */
public final class SegmentTranscript implements Stage {

    /** Margins below this are reported: a signal or two more would have flipped the decision. */
    static final double UNSURE_MARGIN = 2.0;

    @Override
    public String name() {
        return "segment-transcript";
    }

    @Override
    public void apply(WorkingDocument document) throws ImportException {
        if (document.labelling != TurnLabelling.UNLABELLED) {
            return; // labels decide; see SegmentLabelledTurns
        }
        boolean introFound = document.firstOf(BlockKind.TRANSCRIPT_INTRO) != null;
        List<Block> prose = remainingProse(document, introFound);
        TurnScorer scorer = new TurnScorer(document.interviewee);
        List<Score> questionScores = new ArrayList<>();
        double[][] scores = new double[prose.size()][];
        for (int i = 0; i < prose.size(); i++) {
            Score question = scorer.question(prose.get(i), i + 1 < prose.size() ? prose.get(i + 1) : null);
            questionScores.add(question);
            double lead = introFound ? Double.NEGATIVE_INFINITY : scorer.lead(prose.get(i)).value();
            scores[i] = new double[] {lead, question.value(), -question.value()};
        }
        boolean[] startsQuestion = Pins.apply(document, prose, scores);
        Labelling labelling = prose.isEmpty() ? null : TurnSequence.decode(scores, !introFound, startsQuestion);
        if (labelling == null) {
            throw new ImportException(document.name(),
                    "no recognisable interview: found no question followed by an answer");
        }
        label(prose, labelling);
        warnWhereUnsure(document, prose, labelling, questionScores);
        buildExchanges(document, prose, labelling);
    }

    private static List<Block> remainingProse(WorkingDocument document, boolean introFound) {
        int from = introFound ? document.firstOf(BlockKind.TRANSCRIPT_INTRO).index() + 1 : 0;
        return document.blocks.subList(from, document.blocks.size()).stream()
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
            prose.get(i).classify(kind, "turn segmentation, margin " + String.format("%.1f", labelling.margins()[i]));
        }
    }

    private static void warnWhereUnsure(
            WorkingDocument document, List<Block> prose, Labelling labelling, List<Score> questionScores) {
        for (int i = 0; i < prose.size(); i++) {
            double margin = labelling.margins()[i];
            if (margin >= UNSURE_MARGIN) {
                continue;
            }
            Role role = labelling.roles()[i];
            String reasons = String.join(", ", questionScores.get(i).reasons());
            String message = switch (role) {
                case QUESTION -> "read as a question, narrowly (" + reasons + ")";
                case ANSWER -> "read as part of an answer, though it could start a question (" + reasons + ")";
                case LEAD -> "read as the article's lead, though the transcript could start here";
            };
            document.warn("UNSURE_" + role, prose.get(i).lineNumber(),
                    message + ": \"" + firstWords(prose.get(i).text()) + "\"");
        }
    }

    private static void buildExchanges(WorkingDocument document, List<Block> prose, Labelling labelling) {
        Speaker asker = document.interviewer;
        Speaker answerer = document.interviewee;
        List<SpannedText> question = new ArrayList<>();
        List<SpannedText> answer = new ArrayList<>();
        double weakest = Double.MAX_VALUE;
        for (int i = 0; i < prose.size(); i++) {
            Role role = labelling.roles()[i];
            if (role == Role.QUESTION && !answer.isEmpty()) {
                addExchange(document, asker, answerer, question, answer, weakest);
                question.clear();
                answer.clear();
                weakest = Double.MAX_VALUE;
            }
            if (role != Role.LEAD) {
                (role == Role.QUESTION ? question : answer).add(prose.get(i).spanned());
                weakest = Math.min(weakest, labelling.margins()[i]);
            }
        }
        addExchange(document, asker, answerer, question, answer, weakest);
    }

    private static void addExchange(WorkingDocument document, Speaker asker, Speaker answerer,
            List<SpannedText> question, List<SpannedText> answer, double weakestMargin) {
        int ordinal = document.exchanges.size() + 1;
        document.exchanges.add(new Exchange(ordinal, new Turn(asker, question), new Turn(answerer, answer),
                confidence(weakestMargin)));
    }

    /** Maps a margin onto (0, 1): 0.5 for a coin toss, 0.88 at a margin of 2, near 1 beyond 5. */
    static double confidence(double margin) {
        double rounded = 1 / (1 + Math.exp(-margin));
        return Math.round(rounded * 1000) / 1000.0;
    }

    static String firstWords(String text) {
        String squeezed = text.replaceAll("\\s+", " ");
        return squeezed.length() <= 60 ? squeezed : squeezed.substring(0, 60) + "…";
    }
}
