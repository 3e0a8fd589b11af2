package dev.colloquy.importer.transcript;

import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.text.Prose;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Boundaries a developer pinned in the front matter ({@code questions: [12, 40]}, {@code answers: [57]}):
 * the paragraph starting on a listed line is read as a question (or an answer) whatever its signals say, and
 * a pinned question starts a new one rather than continuing the question before it.
 * The decoder still chooses everything else, so a pin fixes one boundary without hand-labelling the rest.
 */
final class Pins {

    /** Far beyond any sum of signals, yet finite so that the decoder's arithmetic stays exact. */
    private static final double PINNED = 1_000;

    private Pins() {}

    /** Pins the scores and returns, for each block, whether it must start a question (not continue one). */
    static boolean[] apply(WorkingDocument document, List<Block> prose, double[][] scores) {
        boolean[] starts = new boolean[prose.size()];
        pinLabelledTurns(prose, scores, starts);
        pinAnnouncedQuestions(prose, scores);
        if (document.frontMatter() == null) {
            return starts;
        }
        Set<Integer> questions = new HashSet<>(document.frontMatter().lineNumbers("questions"));
        Set<Integer> answers = new HashSet<>(document.frontMatter().lineNumbers("answers"));
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < prose.size(); i++) {
            int line = prose.get(i).lineNumber();
            if (questions.contains(line)) {
                pin(scores[i], Role.QUESTION);
                starts[i] = true;
                used.add(line);
            } else if (answers.contains(line)) {
                pin(scores[i], Role.ANSWER);
                used.add(line);
            }
        }
        Set<Integer> unused = new HashSet<>(questions);
        unused.addAll(answers);
        unused.removeAll(used);
        unused.stream()
                .sorted()
                .forEach(line -> document.warn(
                        "UNUSED_PIN",
                        Math.max(1, line),
                        "the front matter pins line " + line + ", but no transcript paragraph starts there"));
        return starts;
    }

    /** A "Q:" or "A:" label left in an unlabelled transcript decides its paragraph's side. */
    private static void pinLabelledTurns(List<Block> prose, double[][] scores, boolean[] starts) {
        for (int i = 0; i < prose.size(); i++) {
            TurnLabel label = prose.get(i).label();
            if (label != null && label.kind() == TurnLabel.Kind.QUESTION) {
                pin(scores[i], Role.QUESTION);
                starts[i] = true;
            } else if (label != null && label.kind() == TurnLabel.Kind.ANSWER) {
                pin(scores[i], Role.ANSWER);
            }
        }
    }

    /** A list item is short: a line of the list, not a turn that goes on. */
    private static final int MAX_LIST_ITEM_WORDS = 40;

    /**
     * Questions a speaker lists after announcing them ("Some questions I would love to see studied include:", then
     * "What distribution does the expertise follow?", "What are the greatest bottlenecks?"): the paragraph that ends
     * on a colon speaks of its speaker and asks no one, so the short asking paragraphs right after it are the items
     * of its list and belong to the same answer, though each reads like a question of its own.
     */
    private static void pinAnnouncedQuestions(List<Block> prose, double[][] scores) {
        for (int i = 0; i + 1 < prose.size(); i++) {
            String text = prose.get(i).text().strip();
            boolean announces = text.endsWith(":")
                    && (Prose.hasFirstPersonSingular(text) || Prose.hasFirstPersonPlural(text))
                    && !Prose.hasSecondPerson(text)
                    && prose.get(i).label() == null;
            if (!announces) {
                continue;
            }
            int item = i + 1;
            while (item < prose.size() && isListedQuestion(prose.get(item))) {
                pin(scores[item], Role.ANSWER);
                item++;
            }
        }
    }

    private static boolean isListedQuestion(Block block) {
        String text = block.text();
        return block.label() == null && text.contains("?") && Prose.wordCount(text) <= MAX_LIST_ITEM_WORDS;
    }

    private static void pin(double[] score, Role role) {
        for (Role other : Role.values()) {
            score[other.ordinal()] = other == role ? PINNED : -PINNED;
        }
    }
}
