package dev.colloquy.importer.layout;

import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.TurnLabel.Kind;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.transcript.TurnLabels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how the transcript marks its turns — Q/A labels, speaker labels, bold questions, or nothing — and
 * claims the labelled paragraphs at once, so that no later stage mistakes a short answer ("A: No.") for
 * page furniture. A forced layout (option or front matter) wins over what is counted here.
 *
 * <p>Counting, not first impressions: one "NOTE:" or "BRUSSELS:" does not make a transcript; a layout is
 * chosen only when labels recur, from at least two sides.
 */
public final class DetectTurnLabels implements Stage {

    static final int MIN_LABELLED_TURNS = 4;

    @Override
    public String name() {
        return "detect-turn-labels";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.FORMAT, Fact.BLOCKS, Fact.FRONT_MATTER, Fact.HTML_HINTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.TURN_LABELS);
    }

    @Override
    public Set<BlockKind> claims() {
        return Set.of(BlockKind.QUESTION, BlockKind.ANSWER, BlockKind.INTERJECTION, BlockKind.METADATA);
    }

    @Override
    public void apply(WorkingDocument document) {
        List<Block> candidates =
                document.blocks().stream().filter(Block::isUnclassified).toList();
        for (Block block : candidates) {
            if (TurnLabels.isInterjection(block.text())) {
                block.classify(BlockKind.INTERJECTION, "a stage direction, nobody's turn");
            }
        }
        Map<Block, TurnLabel> labels = new LinkedHashMap<>();
        for (Block block : candidates) {
            TurnLabel label = block.isUnclassified() ? TurnLabels.read(block.text()) : null;
            if (label != null && !(label.kind() == Kind.SPEAKER && opensListItem(document, block))) {
                labels.put(block, label);
            }
        }
        document.labelling(decide(document, labels, candidates));
        switch (document.labelling()) {
            case QA -> claimQuestionsAndAnswers(document, labels);
            case SPEAKERS -> new SpeakerSides(document, labels).claim();
            case UNLABELLED -> keepQuestionAndAnswerLabels(labels);
            case EMPHASIS -> {
                claimQuestionHeadings(document, labels);
                labelAnswers(document, labels);
                labelQuestionNumbers(document);
            }
            default -> {}
        }
    }

    /** A list item's marker before the block: "- **Data synchronization:** …" is a glossary entry, not a turn. */
    private static final java.util.regex.Pattern LIST_MARKER =
            java.util.regex.Pattern.compile("[ \\t]{0,3}(?:[-*+]|\\d{1,3}[.)])[ \\t]");

    private static boolean opensListItem(WorkingDocument document, Block block) {
        if (block.markup().element().equals("li")) {
            return true;
        }
        String text = document.text();
        int start = Math.min(block.span().start(), text.length());
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        return LIST_MARKER
                .matcher(text)
                .region(lineStart, Math.max(lineStart, Math.min(text.length(), start + 8)))
                .lookingAt();
    }

    private static TurnLabelling decide(WorkingDocument document, Map<Block, TurnLabel> labels, List<Block> blocks) {
        if (document.pinnedLabelling() != null) {
            return document.pinnedLabelling();
        }
        long questions = labels.values().stream()
                .filter(label -> label.kind() == Kind.QUESTION)
                .count();
        long answers = labels.values().stream()
                .filter(label -> label.kind() == Kind.ANSWER)
                .count();
        Map<String, Long> speakers = new LinkedHashMap<>();
        List<TurnLabel> named = labels.values().stream()
                .filter(label -> label.kind() == Kind.SPEAKER)
                .toList();
        SpeakerNames sameness = new SpeakerNames(named, ""); // "Michael Dranove" then "Dranove" recur as one
        named.forEach(label -> speakers.merge(sameness.canonical(label.speaker()), 1L, Long::sum));
        long namedTurns = named.size();
        if (questions >= 2 && answers >= 1 && namedTurns < answers) {
            return TurnLabelling.QA;
        }
        long recurring = speakers.values().stream().filter(count -> count >= 2).count() + (questions >= 2 ? 1 : 0);
        long boldQuestions = blocks.stream()
                .filter(Block::isUnclassified)
                .filter(block -> (block.markup().emphasised() || block.markup().heading() > 1) && asks(block.text()))
                .count();
        if (namedTurns + questions >= MIN_LABELLED_TURNS && recurring >= 2) {
            // Questions set as headings or in bold, and labels only on the answers ("### How did you start?"
            // then "<strong>Jay:</strong> …", "<strong>Tom:</strong> …"): the labels name who answers, the
            // markup marks the questions. Read as bold questions, or no question would ever be found.
            return boldQuestions >= 2 && questions == 0 && noLabelAsks(labels)
                    ? TurnLabelling.EMPHASIS
                    : TurnLabelling.SPEAKERS;
        }
        return boldQuestions >= 2 ? TurnLabelling.EMPHASIS : TurnLabelling.UNLABELLED;
    }

    /**
     * A question, or a request put to the reader's other side ("Tell us a bit about your organization."): set apart
     * by markup, either marks the asking turns of a questionnaire whose questions are mostly requests.
     */
    private static boolean asks(String text) {
        return Prose.endsWithQuestionMark(text)
                || dev.colloquy.importer.transcript.TurnLabels.opensLikeAQuestion(text) && Prose.hasSecondPerson(text);
    }

    /** True when no labelled speaker is of the asking side: none is named so, none mostly asks. */
    private static boolean noLabelAsks(Map<Block, TurnLabel> labels) {
        Map<String, int[]> turns = new LinkedHashMap<>(); // turns, turns holding a question mark
        labels.forEach((block, label) -> {
            if (label.kind() == Kind.SPEAKER) {
                int[] counts = turns.computeIfAbsent(label.speaker(), key -> new int[2]);
                counts[0]++;
                counts[1] += block.text()
                                .substring(Math.min(
                                        label.contentStart(), block.text().length()))
                                .contains("?")
                        ? 1
                        : 0;
            }
        });
        return turns.entrySet().stream()
                .noneMatch(entry ->
                        TurnLabels.namesAsker(entry.getKey()) || entry.getValue()[1] * 2 >= entry.getValue()[0]);
    }

    /**
     * Too few labels for a labelled layout ("Q:" and "A:" on the first exchange only): the labels still say
     * where those turns start and are no part of their words; the turn scorer reads the rest.
     */
    private static void keepQuestionAndAnswerLabels(Map<Block, TurnLabel> labels) {
        labels.forEach((block, label) -> {
            if (label.kind() != Kind.SPEAKER
                    && label.contentStart() < block.text().length()) {
                block.label(label);
            }
        });
    }

    /**
     * Pages that set their questions as headings ("## How did you start?") rather than in bold: a heading
     * below the title that asks, opens as questions do, or bids the interviewee in the second person
     * ("Introduce yourself in a few sentences.", the prompts of a questionnaire), or asks and then bids ("Three words
     * to describe openSUSE? Or make up a proper slogan!") is a question; other headings
     * ("Some extra information about the organisations involved") stay section heads.
     *
     * <p>Headings that carry a question label ("### Q: How did you hear about us?") are questions whatever
     * their words ("### Q: Tell us a bit about your background"), and the label is no part of them; where at
     * least two do, the page marks its questions by the label, so an unlabelled heading is a section head
     * even when it asks ("### Want to learn more about her?" over a list of links).
     */
    private static void claimQuestionHeadings(WorkingDocument document, Map<Block, TurnLabel> labels) {
        long labelledHeadings = labels.entrySet().stream()
                .filter(entry -> isQuestionHeading(entry.getKey(), entry.getValue()))
                .count();
        for (Block block : document.blocks()) {
            if (!block.isUnclassified() || block.markup().heading() <= 1) {
                continue;
            }
            TurnLabel label = labels.get(block);
            if (isQuestionHeading(block, label)) {
                block.label(label);
                block.classify(BlockKind.QUESTION, "a heading labelled as a question");
            } else if (labelledHeadings < 2
                    && !block.markup().emphasised()
                    && (Prose.hasQuestionSentence(block.text())
                            || TurnLabels.opensLikeAQuestion(block.text())
                            || Prose.hasSecondPerson(block.text()))) {
                block.classify(BlockKind.QUESTION, "a heading that asks");
            }
        }
    }

    private static boolean isQuestionHeading(Block block, TurnLabel label) {
        return label != null
                && label.kind() == Kind.QUESTION
                && block.markup().heading() > 1
                && label.contentStart() < block.text().length();
    }

    /** A question's number set inside its bold: "**1. Would you …?**", "**2) How …?**", "**Q3. What …?**". */
    private static final java.util.regex.Pattern QUESTION_NUMBER =
            java.util.regex.Pattern.compile("^(Q?\\d{1,3})[.)][ \\t\\u00a0]+(?=\\p{L})");

    /**
     * Bold questions numbered inside the bold ("**1. Would you give me …?**", the numbering starting again under
     * each section heading): the number is the list's, no word of the question, and stands as its label.
     */
    private static void labelQuestionNumbers(WorkingDocument document) {
        for (Block block : document.blocks()) {
            if (!block.isUnclassified() || !block.markup().emphasised() || block.label() != null) {
                continue;
            }
            java.util.regex.Matcher number = QUESTION_NUMBER.matcher(block.text());
            if (number.find()) {
                block.label(new TurnLabel(Kind.QUESTION, number.group(1), null, number.end()));
            }
        }
    }

    /**
     * Bold questions answered under speaker labels ("**Jim Bugwadia**: My name is…"): the label names who
     * answers and is no part of the answer's words; the most frequent answerer is the interviewee.
     */
    private static void labelAnswers(WorkingDocument document, Map<Block, TurnLabel> labels) {
        List<TurnLabel> named = labels.values().stream()
                .filter(label -> label.kind() == Kind.SPEAKER)
                .toList();
        if (named.isEmpty()) {
            return;
        }
        SpeakerNames names = new SpeakerNames(named, document.proseText());
        document.speakerNames(names);
        Map<String, Integer> uses = new LinkedHashMap<>();
        named.forEach(label -> uses.merge(names.canonical(label.speaker()), 1, Integer::sum));
        Map<String, Integer> turns = new LinkedHashMap<>();
        labels.forEach((block, label) -> {
            // a label used once that names nobody the article names in full is a topic ("Blogs:"), not a speaker
            boolean speaker = (uses.getOrDefault(names.canonical(label.speaker()), 0) >= 2
                            || names.displayName(label.speaker()).contains(" "))
                    && !Names.namesAGroupOrTopic(label.speaker());
            if (label.kind() == Kind.SPEAKER && speaker && !block.markup().emphasised()) {
                block.label(label);
                if (!SpeakerNames.isJoint(label.speaker())) {
                    turns.merge(names.canonical(label.speaker()), 1, Integer::sum);
                }
            }
        });
        turns.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(most -> {
            document.labelledParticipants(document.labelledParticipants()
                    .orIntervieweeIfNone(new Speaker(names.displayName(most.getKey()), names.role(most.getKey()))));
        });
    }

    private static void claimQuestionsAndAnswers(WorkingDocument document, Map<Block, TurnLabel> labels) {
        labels.forEach((block, label) -> {
            if (label.kind() == Kind.SPEAKER) {
                return; // a stray "NOTE:"-like label in a Q/A transcript stays prose
            }
            block.label(label);
            block.classify(
                    label.kind() == Kind.QUESTION ? BlockKind.QUESTION : BlockKind.ANSWER,
                    "labelled '" + label.speaker() + "'");
        });
        carryLabelsOnTheirOwnLine(document);
    }

    /** A label alone on its line ("Q:" then the question below it) labels the next block. */
    static void carryLabelsOnTheirOwnLine(WorkingDocument document) {
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            TurnLabel label = block.label();
            if (label == null || label.contentStart() < block.text().length()) {
                continue;
            }
            BlockKind side = block.kind();
            block.classify(BlockKind.METADATA, "a speaker label on a line of its own");
            for (int j = i + 1; j < blocks.size(); j++) {
                Block next = blocks.get(j);
                if (next.isUnclassified()) {
                    next.label(new TurnLabel(label.kind(), label.speaker(), label.role(), 0));
                    next.classify(side, "labelled '" + label.speaker() + "' on the line before");
                    break;
                }
                if (next.label() != null) {
                    break;
                }
            }
        }
    }

    /**
     * Tells the asking side of a speaker-labelled transcript from the answering side: labels that say so
     * ("MODERATOR", "Q", "REPORTER"), else the share of turns that end in a question mark. The speaker with
     * the most words on the answering side is the interviewee.
     */
    private static final class SpeakerSides {

        /** How many times another's share of question turns the host's share is at least. */
        private static final double FAR_MORE_QUESTIONS = 3;

        /** And by how much at least, so that two guests who both ask now and then are not told apart. */
        private static final double FAR_MORE_MARGIN = 0.2;

        private final WorkingDocument document;
        private final Map<Block, TurnLabel> labels;
        private final Map<String, int[]> stats = new LinkedHashMap<>(); // turns, words, questions
        private final Map<String, String> roles = new LinkedHashMap<>();
        /** The interviewee's label, once counted. */
        private String principal;
        /** In a two-party transcript, the other side, though many of its turns are remarks; else null. */
        private String questioner;

        SpeakerSides(WorkingDocument document, Map<Block, TurnLabel> labels) {
            this.document = document;
            this.labels = labels;
        }

        void claim() {
            String prose = (document.declared().headline() == null
                            ? ""
                            : document.declared().headline().text() + "\n\n")
                    + (document.declared().author() == null
                            ? ""
                            : document.declared().author() + "\n\n")
                    + document.proseText();
            SpeakerNames names = new SpeakerNames(labels.values(), prose);
            document.speakerNames(names);
            labels.replaceAll((block, label) ->
                    new TurnLabel(label.kind(), names.canonical(label.speaker()), label.role(), label.contentStart()));
            labels.forEach((block, label) -> {
                int[] counts = stats.computeIfAbsent(label.speaker(), key -> new int[3]);
                String words = block.text()
                        .substring(Math.min(label.contentStart(), block.text().length()));
                counts[0]++;
                counts[1] += Prose.wordCount(words);
                counts[2] += words.contains("?") ? 1 : 0;
                if (names.role(label.speaker()) != null) {
                    roles.putIfAbsent(label.speaker(), names.role(label.speaker()));
                }
            });
            // The interviewee: most words among those who mostly answer; a joint label ("M/G/S") is nobody.
            java.util.function.Predicate<Map.Entry<String, int[]>> couldAnswer =
                    entry -> !TurnLabels.namesAsker(entry.getKey()) && !SpeakerNames.isJoint(entry.getKey());
            java.util.function.Predicate<Map.Entry<String, int[]>> mostlyAnswers =
                    couldAnswer.and(entry -> entry.getValue()[2] * 2 < entry.getValue()[0]);
            // Where no label names the asking side, a host who asks far more often than a guest is no interviewee.
            boolean askerLabelled = stats.keySet().stream().anyMatch(TurnLabels::namesAsker);
            principal = mostWords(
                            mostlyAnswers.and(entry -> askerLabelled || !asksFarMoreThanAnother(entry, mostlyAnswers)))
                    .orElse(mostWords(couldAnswer).orElse(null));
            questioner = mostQuestioning();
            // The interviewer is whoever asks most of the questions; at a press conference nobody does.
            int allQuestions = stats.entrySet().stream()
                    .filter(entry -> asks(entry.getKey()))
                    .mapToInt(entry -> entry.getValue()[2])
                    .sum();
            String asker = stats.entrySet().stream()
                    .filter(entry -> asks(entry.getKey()) && !TurnLabels.namesChair(entry.getKey()))
                    .filter(entry -> entry.getValue()[2] * 2 > allQuestions)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            labels.forEach((block, label) -> {
                block.label(label);
                boolean asking = asks(label.speaker());
                block.classify(
                        asking ? BlockKind.QUESTION : BlockKind.ANSWER,
                        "said by " + label.speaker() + (asking ? ", of the asking side" : ", of the answering side"));
            });
            carryLabelsOnTheirOwnLine(document);
            // Hints only: front matter naming the participants wins, and FindParticipants decides.
            if (principal != null) {
                document.labelledParticipants(document.labelledParticipants()
                        .orIntervieweeIfNone(new Speaker(names.displayName(principal), roles.get(principal))));
            }
            if (asker != null && !asker.matches("Q|QUESTION")) {
                document.labelledParticipants(document.labelledParticipants()
                        .orInterviewerIfNone(new Speaker(names.displayName(asker), roles.get(asker))));
            }
        }

        /**
         * True when this speaker asks in a far larger share of turns than another who mostly answers: in a
         * conversation many of the host's turns are remarks ("Right.", "That's awesome."), so the host may
         * fall under half questions and outtalk the guest, yet still ask many times as often as the guest.
         */
        private boolean asksFarMoreThanAnother(
                Map.Entry<String, int[]> speaker, java.util.function.Predicate<Map.Entry<String, int[]>> among) {
            double share = questionShare(speaker.getValue());
            return stats.entrySet().stream()
                    .filter(among)
                    .filter(other -> !other.getKey().equals(speaker.getKey()))
                    .mapToDouble(other -> questionShare(other.getValue()))
                    .anyMatch(least -> share > Math.max(FAR_MORE_QUESTIONS * least, least + FAR_MORE_MARGIN));
        }

        private static double questionShare(int[] counts) {
            return counts[0] == 0 ? 0 : (double) counts[2] / counts[0];
        }

        private java.util.Optional<String> mostWords(java.util.function.Predicate<Map.Entry<String, int[]>> among) {
            return stats.entrySet().stream()
                    .filter(among)
                    .max((a, b) -> Integer.compare(a.getValue()[1], b.getValue()[1]))
                    .map(Map.Entry::getKey);
        }

        private boolean asks(String speaker) {
            if (speaker.equals(principal) || SpeakerNames.isJoint(speaker)) {
                return false; // several people answering together
            }
            if (TurnLabels.namesAsker(speaker)) {
                return true;
            }
            int[] counts = stats.get(speaker);
            return counts != null && (counts[2] * 2 >= counts[0] || speaker.equals(questioner));
        }

        /**
         * Whoever other than the interviewee asks most often: the interviewer, even where many of their turns
         * are remarks without a question mark ("It's not the same.").
         */
        private String mostQuestioning() {
            boolean askerKnown = stats.entrySet().stream()
                    .anyMatch(entry -> !entry.getKey().equals(principal)
                            && (TurnLabels.namesAsker(entry.getKey())
                                    || entry.getValue()[2] * 2 >= entry.getValue()[0]));
            if (askerKnown) {
                return null; // "Q", "MODERATOR" or a speaker who mostly asks already holds the asking side
            }
            return stats.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(principal) && !SpeakerNames.isJoint(entry.getKey()))
                    .filter(entry -> entry.getValue()[2] > 0)
                    .max((a, b) -> Integer.compare(a.getValue()[2], b.getValue()[2]))
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
    }
}
