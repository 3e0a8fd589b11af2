package dev.colloquy.importer.transcript;

import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.exchange.Turn;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.text.SpannedText;
import dev.colloquy.importer.ImportException;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.layout.TurnLabelling;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.text.Snippets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the turns of a labelled transcript into exchanges: a question turn of the asking side, then the
 * turns of the answering side until the next question. Labels decide, so the turn scorer is not consulted;
 * unlabelled paragraphs carry on the turn before them. Two asking turns in a row where the first is not
 * answered (a moderator calling on a reporter) leave the first as an interjection. After the last labelled
 * turn, paragraphs carry on the answer only until page debris intervenes: what follows that (a book
 * excerpt, another article) is not the interview's.
 *
 * <p>Bold-question pages are read the same way, with emphasis in place of the label.
 */
public final class SegmentLabelledTurns implements Stage {

    /** An answer broken off: it ends with a dash or an ellipsis. */
    private static final java.util.regex.Pattern BROKEN_OFF =
            java.util.regex.Pattern.compile("(?:--|[—–]|…|\\.\\.\\.)$");
    /** An answer taken up again: it opens with a dash or an ellipsis. */
    private static final java.util.regex.Pattern TAKEN_UP = java.util.regex.Pattern.compile("(?:--|[—–]|…|\\.\\.\\.)");

    /** A paragraph of ornaments alone ("* * *", "\\* \\* \\*", "• • •", "---"): a break between sections. */
    private static final java.util.regex.Pattern SECTION_BREAK =
            java.util.regex.Pattern.compile("\\s*(?:\\\\?[*•·~⁂_-]\\s*){3,}");

    /** Labels leave little doubt; a question without a question mark leaves a little. */
    static final double LABELLED = 0.99;

    static final double LABELLED_WITHOUT_QUESTION_MARK = 0.9;
    static final double EMPHASISED = 0.95;
    static final double EMPHASISED_WITHOUT_QUESTION_MARK = 0.8;
    /** An answer holding a paragraph that reads like an unmarked question: the exchange may be two. */
    static final double DOUBTED = 0.6;
    /** How many words a first turn that asks nothing must run to before it reads as an introduction. */
    private static final int INTRODUCTION_WORDS = 40;

    private final TurnWeights weights;

    public SegmentLabelledTurns() {
        this(TurnWeights.shipped());
    }

    /** @param weights the turn scorer's, used to flag unlabelled paragraphs that read like questions */
    public SegmentLabelledTurns(TurnWeights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "segment-labelled-turns";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.TURN_LABELS, Fact.PARTICIPANTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.EXCHANGES);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(
                BlockKind.QUESTION,
                BlockKind.ANSWER,
                BlockKind.LEAD,
                BlockKind.DEBRIS,
                BlockKind.INTERJECTION,
                BlockKind.CLOSING);
    }

    @Override
    public void apply(WorkingDocument document) throws ImportException {
        if (document.labelling() == TurnLabelling.UNLABELLED) {
            return;
        }
        new Grouping(document, new TurnScorer(document.interviewee(), weights), weights).run();
        if (document.exchanges().isEmpty()) {
            throw new ImportException(
                    document.name(),
                    "no recognisable interview: the "
                            + document.labelling().name().toLowerCase(Locale.ROOT)
                            + " layout has no question followed by an answer");
        }
    }

    private static final class Grouping {

        private final WorkingDocument document;
        private final boolean emphasis;
        private final List<SpannedText> question = new ArrayList<>();
        private final List<SpannedText> answer = new ArrayList<>();
        private final List<Block> questionBlocks = new ArrayList<>();
        private Speaker asker;
        private Speaker answerer;
        private boolean severalAnswerers;
        /** A paragraph of the open answer reads like a question its label does not mark: see warnIfItAsks. */
        private boolean doubted;
        /** The open question is a roman paragraph on a bold-question page: see asksUnmarked. */
        private boolean doubtedQuestion;
        /** The roman paragraph asksUnmarked last read as a question, until its exchange opens. */
        private Block unmarked;

        private boolean started;
        private boolean ended;

        private final TurnScorer scorer;
        private final TurnWeights weights;

        Grouping(WorkingDocument document, TurnScorer scorer, TurnWeights weights) {
            this.document = document;
            this.emphasis = document.labelling() == TurnLabelling.EMPHASIS;
            this.scorer = scorer;
            this.weights = weights;
        }

        void run() {
            int lastTurn = lastTurnIndex();
            boolean closing = false;
            for (Block block : document.blocks()) {
                if (closing || opensClosingSection(block, lastTurn)) {
                    if (block.isUnclassified()) {
                        block.classify(BlockKind.CLOSING, "the article's own prose after the last answer");
                    }
                    closing = true;
                    continue;
                }
                if (block.label() == null && SECTION_BREAK.matcher(block.text()).matches()) {
                    endIntroduction(block);
                    continue;
                }
                BlockKind side = sideOf(block);
                if (side == null) {
                    if (block.is(BlockKind.DEBRIS) && started && block.index() > lastTurn) {
                        // the interview is over: what follows belongs to the page, or, under a section heading
                        // of its own ("## Summary", taken for furniture as a short line), to the article's close
                        closing = block.markup().heading() > 1 && !ended;
                        ended = !closing;
                    }
                    continue;
                }
                if (ended) {
                    block.classify(BlockKind.DEBRIS, "after the interview ended");
                } else if (side == BlockKind.QUESTION) {
                    question(block);
                } else if (!started) {
                    block.classify(
                            BlockKind.LEAD,
                            block.label() != null
                                    ? "said before the first question (an opening statement)"
                                    : "before the first question");
                } else {
                    answer(block);
                }
            }
            finish();
        }

        /**
         * A section break ("* * *") after the asking side's first turn, before anyone answered: that turn was the
         * host's introduction to the audience ("Welcome to … I sat down with …"), set off from the interview, and
         * the first question comes after the break.
         */
        private void endIntroduction(Block block) {
            block.classify(BlockKind.DEBRIS, "a section break");
            if (started && answer.isEmpty() && document.exchanges().isEmpty()) {
                questionBlocks.forEach(intro -> intro.classify(
                        BlockKind.LEAD, "the host's introduction, set off from the interview by a section break"));
                question.clear();
                questionBlocks.clear();
                asker = null;
                started = false;
            }
        }

        /** QUESTION, ANSWER, or null for blocks that are no turn. Unlabelled prose carries on the open turn. */
        private BlockKind sideOf(Block block) {
            if (emphasis && block.isUnclassified()) {
                if (block.markup().emphasised()) {
                    return started || asks(block) ? BlockKind.QUESTION : BlockKind.LEAD;
                }
                return asksUnmarked(block) ? BlockKind.QUESTION : continuation(block);
            }
            if (block.is(BlockKind.QUESTION) || block.is(BlockKind.ANSWER)) {
                return block.kind();
            }
            return block.isUnclassified() ? continuation(block) : null;
        }

        /**
         * Whether a bold paragraph reads as a question or a bid to speak ("What…?", "Tell us…", "Introduce
         * yourself"): one that does not, before any question, is a bold biography or standfirst ("**Jane Doe, born
         * in 1990, leads …**"), part of the lead.
         */
        private static boolean asks(Block block) {
            String text = block.content().text();
            return text.contains("?") || TurnLabels.opensLikeAQuestion(text) || Prose.hasSecondPerson(text);
        }

        /**
         * A question that lost its bold on a bold-question page ("To finish it off, let's go a bit more philosophical
         * and ask: … what do you want to achieve in life?"): after an answer, a roman paragraph that asks someone in
         * the second person, says nothing of its own speaker as answers do ("I", "my"), and is followed by a roman
         * paragraph that speaks as "I" and does not ask back. Such an exchange gets a lower confidence and a warning
         * (with the turn scorer's reasons), since a rhetorical question inside an answer could look the same.
         */
        private boolean asksUnmarked(Block block) {
            if (answer.isEmpty() || !Prose.endsWithQuestionMark(block.text())) {
                return false;
            }
            String text = Prose.withoutQuotedSpeech(block.text());
            if (!Prose.hasSecondPerson(text) || Prose.hasFirstPersonSingular(text)) {
                return false;
            }
            List<Block> blocks = document.blocks();
            int index = block.index();
            Block next = index + 1 < blocks.size() ? blocks.get(index + 1) : null;
            if (next == null
                    || !next.isUnclassified()
                    || next.markup().emphasised()
                    || Prose.endsWithQuestionMark(next.text())) {
                return false;
            }
            TurnScorer.Score question = scorer.question(scorer.features(block, blocks.get(index - 1), next));
            if (!next.isUnclassified() || !Prose.hasFirstPersonSingular(next.text())) {
                return false;
            }
            document.warn(
                    "UNMARKED_QUESTION",
                    block.lineNumber(),
                    "read as a question although it is not set apart as the others are ("
                            + String.join(", ", question.reasons()) + "): \"" + Snippets.firstWords(block.text())
                            + "\"");
            unmarked = block; // its exchange opens once the answer before it is emitted
            return true;
        }

        private BlockKind continuation(Block block) {
            if (!started) {
                return BlockKind.LEAD;
            }
            // With bold questions, roman type is the answer; with labels, the open turn goes on, unless the
            // question was set wholly in bold and this paragraph is not: the type changing from bold to roman
            // ends the question, and an answer whose label was left off begins ("**Q: Did you …?**" then
            // "In order to …" with no name before it).
            return emphasis || !answer.isEmpty() || endsBoldQuestion(block) ? BlockKind.ANSWER : BlockKind.QUESTION;
        }

        private boolean endsBoldQuestion(Block block) {
            return !questionBlocks.isEmpty()
                    && questionBlocks.stream().allMatch(asked -> asked.markup().emphasised())
                    && !block.markup().emphasised()
                    && block.markup().heading() == 0;
        }

        /**
         * A section heading after the last question and its answer opens the article's own closing prose ("##
         * Summary", "## Knowing More About Zhiyuan"): no answer goes on under a heading of its own when no question
         * follows.
         */
        private boolean opensClosingSection(Block block, int lastTurn) {
            return started
                    && !answer.isEmpty()
                    && block.index() > lastTurn
                    && block.isUnclassified()
                    && block.markup().heading() > 1
                    && !block.markup().emphasised();
        }

        private int lastTurnIndex() {
            int last = -1;
            for (Block block : document.blocks()) {
                boolean turn = block.label() != null
                        || block.is(BlockKind.QUESTION)
                        || block.is(BlockKind.ANSWER)
                        || emphasis && block.isUnclassified() && block.markup().emphasised();
                if (turn) {
                    last = block.index();
                }
            }
            return last;
        }

        private void question(Block block) {
            Speaker speaker = speakerOf(block, true);
            TurnLabel label = block.label();
            if (label != null
                    && label.kind() == TurnLabel.Kind.SPEAKER
                    && TurnLabels.namesChair(label.speaker())
                    && !block.content().text().contains("?")) {
                // "Next question, from the back." A moderator running the floor asks nothing.
                block.classify(BlockKind.INTERJECTION, "the chair running the floor, not a question");
                return;
            }
            if (!answer.isEmpty() && interruptsTheAnswer(block)) {
                block.classify(BlockKind.INTERJECTION, "the asking side breaking into an answer that then goes on");
                return;
            }
            if (!answer.isEmpty()) {
                emit();
            } else if (!question.isEmpty() && block.label() != null && !Objects.equals(speaker, asker)) {
                // an unanswered asking turn by someone else: the moderator handing over, not a question
                questionBlocks.forEach(earlier -> earlier.classify(
                        BlockKind.INTERJECTION, "an asking-side turn that nobody answered before the next question"));
                question.clear();
                questionBlocks.clear();
            }
            if (question.isEmpty()) {
                asker = speaker;
            }
            if (block == unmarked) {
                doubtedQuestion = true;
            }
            block.classify(BlockKind.QUESTION, block.reason().isEmpty() ? "question" : block.reason());
            started = true;
            question.add(block.content());
            questionBlocks.add(block);
        }

        /**
         * A named interviewer's turn that asks nothing, between an answer broken off with a dash or an ellipsis and the same
         * answer taken up with one ("Bill: … independently of all the questions together --" / "DS: Sure." /
         * "Bill: -- but I have a chart …"): the interviewer breaking in, no new question.
         */
        private boolean interruptsTheAnswer(Block block) {
            List<Block> blocks = document.blocks();
            int at = block.index();
            TurnLabel label = block.label();
            if (label == null
                    || label.kind() != TurnLabel.Kind.SPEAKER
                    || at + 1 >= blocks.size()
                    || block.content().text().contains("?")) {
                return false; // a bare "Q" may be any reporter in the room, and each one's turn is a question
            }
            Block next = blocks.get(at + 1);
            String before = answer.get(answer.size() - 1).text().strip();
            String after = next.content().text().strip();
            return next.is(BlockKind.ANSWER)
                    && BROKEN_OFF.matcher(before).find()
                    && TAKEN_UP.matcher(after).lookingAt();
        }

        /**
         * The same the other way round: a guest's turn that asks nothing, between a question broken off with a dash
         * or an ellipsis and the same question taken up with one ("Host: … a lot of nuance..." / "Guest:
         * Absolutely." / "Host: ...and a lot of careful thinking"): the guest breaking in, no answer yet.
         */
        private boolean interruptsTheQuestion(Block block) {
            List<Block> blocks = document.blocks();
            int at = block.index();
            TurnLabel label = block.label();
            if (question.isEmpty()
                    || label == null
                    || label.kind() != TurnLabel.Kind.SPEAKER
                    || at + 1 >= blocks.size()
                    || block.content().text().contains("?")) {
                return false;
            }
            Block next = blocks.get(at + 1);
            String before = question.get(question.size() - 1).text().strip();
            String after = next.content().text().strip();
            return next.is(BlockKind.QUESTION)
                    && next.label() != null
                    && BROKEN_OFF.matcher(before).find()
                    && TAKEN_UP.matcher(after).lookingAt();
        }

        private void answer(Block block) {
            if (answer.isEmpty() && interruptsTheQuestion(block)) {
                block.classify(BlockKind.INTERJECTION, "the answering side breaking into a question that then goes on");
                return;
            }
            Speaker speaker = speakerOf(block, false);
            if (answer.isEmpty()) {
                answerer = speaker;
            } else if (block.label() != null && !Objects.equals(speaker, answerer) && !severalAnswerers) {
                severalAnswerers = true;
                document.warn(
                        "SEVERAL_ANSWERERS",
                        block.lineNumber(),
                        (speaker == null ? "another speaker" : speaker.name())
                                + " answers too; the exchange keeps the answer under "
                                + (answerer == null ? "the first speaker" : answerer.name()));
            }
            // A paragraph of the answer that asks: unlabelled (its label may have been lost), or labelled again with
            // the name of the speaker who is already answering (a transcript repeats a label only when the speaker
            // changes, so the label may be wrong: "MS. PSAKI: Jen, let me — I have a question for you…").
            boolean relabelled = block.label() != null && !answer.isEmpty() && Objects.equals(speaker, answerer);
            if ((block.label() == null || relabelled)
                    && !answer.isEmpty()
                    && Prose.endsWithQuestionMark(block.text())) {
                warnIfItAsks(block, relabelled);
            }
            block.classify(BlockKind.ANSWER, block.reason().isEmpty() ? "answer" : block.reason());
            answer.add(block.content());
        }

        /**
         * An unlabelled paragraph inside an answer that the turn scorer would confidently read as a question:
         * perhaps a turn whose label or bold was lost. It stays in the answer, with a warning.
         */
        private void warnIfItAsks(Block block, boolean relabelled) {
            List<Block> blocks = document.blocks();
            int index = block.index();
            TurnScorer.Features features = scorer.features(
                    block,
                    index > 0 ? blocks.get(index - 1) : null,
                    index + 1 < blocks.size() ? blocks.get(index + 1) : null);
            TurnScorer.Score question = scorer.question(features);
            if (relabelled || weights.confidence(question.value()) >= TurnWeights.SURE) {
                document.warn(
                        "UNSURE_LABELS",
                        block.lineNumber(),
                        (relabelled
                                        ? "is labelled with the name of the speaker already answering, so it stays in the answer, but"
                                        : "carries no label, so it stays in the answer, but")
                                + " reads like a question (" + String.join(", ", question.reasons()) + "): \""
                                + Snippets.firstWords(block.text()) + "\"");
                doubted = true; // the exchange may hold two: its confidence says so
            }
        }

        private void emit() {
            String text =
                    String.join(" ", question.stream().map(SpannedText::text).toList());
            boolean asks = text.contains("?");
            double confidence = emphasis
                    ? (asks ? EMPHASISED : EMPHASISED_WITHOUT_QUESTION_MARK)
                    : asks ? LABELLED : LABELLED_WITHOUT_QUESTION_MARK;
            if (doubted || doubtedQuestion) {
                confidence = Math.min(confidence, DOUBTED);
            }
            if (!asks && emphasis) {
                // bold type may be emphasis rather than a question; a label leaves no such doubt
                document.warn(
                        "QUESTION_WITHOUT_QUESTION_MARK",
                        questionBlocks.get(0).lineNumber(),
                        (questionBlocks.get(0).markup().heading() > 0
                                        ? "set as a question heading"
                                        : "set in bold as a question")
                                + " but has no question mark: \"" + Snippets.firstWords(text) + "\"");
            }
            int ordinal = document.exchanges().size() + 1;
            if (ordinal == 1 && !asks && !emphasis && Prose.wordCount(text) >= INTRODUCTION_WORDS) {
                // a long first turn that asks nothing may be the host's introduction to the audience rather than
                // a question ("Welcome to … I'm … I sat down with …"), which only the words could tell
                confidence = Math.min(confidence, DOUBTED);
                document.warn(
                        "UNSURE_QUESTION",
                        questionBlocks.get(0).lineNumber(),
                        "read as the first question, though it asks nothing and runs long, as an introduction does: \""
                                + Snippets.firstWords(text) + "\"");
            }
            document.addExchange(new Exchange(
                    ordinal,
                    new Turn(asker, List.copyOf(question)),
                    new Turn(answerer, List.copyOf(answer)),
                    confidence));
            question.clear();
            answer.clear();
            questionBlocks.clear();
            severalAnswerers = false;
            doubted = false;
            doubtedQuestion = false;
        }

        private void finish() {
            if (!answer.isEmpty()) {
                emit();
            } else if (!question.isEmpty()) {
                for (Block block : questionBlocks) {
                    block.classify(BlockKind.INTERJECTION, "an asking-side turn at the end that nobody answered");
                }
                if (!String.join(" ", question.stream().map(SpannedText::text).toList())
                        .contains("?")) {
                    return; // a closing remark ("Thank you all."), not a lost question
                }
                document.warn(
                        "UNANSWERED_QUESTION",
                        questionBlocks.get(0).lineNumber(),
                        "the transcript ends on a question nobody answers: \""
                                + Snippets.firstWords(questionBlocks.get(0).text()) + "\"");
            }
        }

        /** The speaker a label names, or for Q/A labels and bold questions the article's participants. */
        private Speaker speakerOf(Block block, boolean asking) {
            TurnLabel label = block.label();
            if (label == null || label.kind() != TurnLabel.Kind.SPEAKER) {
                return asking ? document.interviewer() : document.interviewee();
            }
            String name = document.speakerNames() != null
                    ? document.speakerNames().displayName(label.speaker())
                    : TurnLabels.displayName(label.speaker());
            if (!asking
                    && document.interviewee() != null
                    && name.equals(document.interviewee().name())) {
                return document.interviewee();
            }
            String role =
                    document.speakerNames() != null ? document.speakerNames().role(label.speaker()) : label.role();
            return new Speaker(name, role);
        }
    }
}
