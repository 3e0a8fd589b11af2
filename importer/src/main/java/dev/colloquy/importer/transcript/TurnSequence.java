package dev.colloquy.importer.transcript;

/**
 * Chooses the most likely role for every block of a transcript at once, so that each decision can lean on
 * its neighbours: a transcript may open with the article's lead, then runs question, answer, question,
 * answer, and ends on an answer. A question may span several paragraphs and so may an answer, but a second
 * question paragraph must earn its place, and each new exchange costs a little, so that weak evidence does
 * not split an answer in two.
 *
 * <p>Besides the best labelling, it reports for each block the margin by which the best labelling beats
 * the best one that labels that block otherwise: the importer's measure of how sure it is.
 */
public final class TurnSequence {

    /** What a paragraph of an unlabelled transcript is. */
    public enum Role {
        LEAD,
        QUESTION,
        ANSWER
    }

    private static final double IMPOSSIBLE = Double.NEGATIVE_INFINITY;
    private static final Role[] ROLES = Role.values();

    /**
     * The chosen role of each block, the margin of each choice, and for each block the margin of the
     * decision whether an exchange starts there (see {@link #boundaryMargins}).
     */
    record Labelling(Role[] roles, double[] margins, double[] boundaryMargins) {

        /** Whether block i opens an exchange: a question that does not continue one. */
        boolean startsExchange(int i) {
            return roles[i] == Role.QUESTION && (i == 0 || roles[i - 1] != Role.QUESTION);
        }

        /**
         * How sure the reading of the exchange made of blocks [start, end) is: the weakest of its blocks'
         * role margins and of the margins of both its boundaries. The boundary that closes it belongs to
         * the next exchange's first block, but an exchange is only right if it ends where it should.
         */
        double exchangeMargin(int start, int end) {
            double weakest = boundaryMargins[start];
            for (int j = start; j < end; j++) {
                weakest = Math.min(weakest, margins[j]);
            }
            return end < roles.length ? Math.min(weakest, boundaryMargins[end]) : weakest;
        }
    }

    private TurnSequence() {}

    /**
     * The most likely sequence of roles for the blocks, as a labelling.
     *
     * @param scores      scores[i][role.ordinal()] says how well block i fits each role
     * @param leadAllowed whether the sequence may open with lead paragraphs
     * @return the labelling, or null when no labelling holds a question followed by an answer
     */
    static Labelling decode(double[][] scores, boolean leadAllowed) {
        return decode(scores, leadAllowed, new boolean[scores.length], TurnWeights.shipped());
    }

    /**
     * @param startsQuestion for each block, whether it must start a new question rather than continue one
     *                       (a boundary pinned by a developer)
     */
    static Labelling decode(double[][] scores, boolean leadAllowed, boolean[] startsQuestion, TurnWeights weights) {
        return decode(scores, leadAllowed, startsQuestion, new boolean[scores.length], weights);
    }

    /**
     * @param continuesAnswer for each block, whether it cannot open a new exchange after an answer (the answer
     *                        before it ends with a colon, introducing what follows)
     */
    static Labelling decode(
            double[][] scores,
            boolean leadAllowed,
            boolean[] startsQuestion,
            boolean[] continuesAnswer,
            TurnWeights weights) {
        Constraints pinned = new Constraints(startsQuestion, continuesAnswer);
        int n = scores.length;
        double[][] forward = new double[n][ROLES.length];
        int[][] back = new int[n][ROLES.length];
        for (Role role : ROLES) {
            boolean canStart = role == Role.QUESTION || role == Role.LEAD && leadAllowed;
            forward[0][role.ordinal()] = canStart ? scores[0][role.ordinal()] : IMPOSSIBLE;
        }
        for (int i = 1; i < n; i++) {
            for (Role to : ROLES) {
                double best = IMPOSSIBLE;
                int bestFrom = 0;
                for (Role from : ROLES) {
                    double candidate = forward[i - 1][from.ordinal()] + pinned.transition(i, from, to, weights);
                    if (candidate > best) {
                        best = candidate;
                        bestFrom = from.ordinal();
                    }
                }
                forward[i][to.ordinal()] = best + scores[i][to.ordinal()];
                back[i][to.ordinal()] = bestFrom;
            }
        }
        if (forward[n - 1][Role.ANSWER.ordinal()] == IMPOSSIBLE) {
            return null;
        }
        double[][] backward = backward(scores, pinned, weights);
        Role[] roles = new Role[n];
        int state = Role.ANSWER.ordinal();
        for (int i = n - 1; i >= 0; i--) {
            roles[i] = ROLES[state];
            state = back[i][state];
        }
        return new Labelling(
                roles,
                margins(forward, backward, roles),
                boundaryMargins(scores, forward, backward, roles, pinned, weights));
    }

    /** backward[i][s]: the best score of blocks after i, given block i takes role s; the last must answer. */
    private static double[][] backward(double[][] scores, Constraints pinned, TurnWeights weights) {
        int n = scores.length;
        double[][] backward = new double[n][ROLES.length];
        for (Role role : ROLES) {
            backward[n - 1][role.ordinal()] = role == Role.ANSWER ? 0 : IMPOSSIBLE;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (Role from : ROLES) {
                double best = IMPOSSIBLE;
                for (Role to : ROLES) {
                    best = Math.max(
                            best,
                            pinned.transition(i + 1, from, to, weights)
                                    + scores[i + 1][to.ordinal()]
                                    + backward[i + 1][to.ordinal()]);
                }
                backward[i][from.ordinal()] = best;
            }
        }
        return backward;
    }

    private static double[] margins(double[][] forward, double[][] backward, Role[] roles) {
        double[] margins = new double[roles.length];
        for (int i = 0; i < roles.length; i++) {
            double chosen = forward[i][roles[i].ordinal()] + backward[i][roles[i].ordinal()];
            double runnerUp = IMPOSSIBLE;
            for (Role other : ROLES) {
                if (other != roles[i]) {
                    runnerUp = Math.max(runnerUp, forward[i][other.ordinal()] + backward[i][other.ordinal()]);
                }
            }
            margins[i] = runnerUp == IMPOSSIBLE ? Double.MAX_VALUE : chosen - runnerUp;
        }
        return margins;
    }

    /**
     * For each block, by how much the best labelling beats the best one that decides otherwise whether an
     * exchange starts at that block (a max-marginal over the pair of roles of the block and its
     * predecessor). Every wrong exchange boundary is such a decision, so a small margin here is the doubt
     * that matters for segmentation; it is never below the smaller role margin of the two blocks, since
     * roles the labelling keeps do not move a boundary.
     */
    private static double[] boundaryMargins(
            double[][] scores,
            double[][] forward,
            double[][] backward,
            Role[] roles,
            Constraints pinned,
            TurnWeights weights) {
        double[] margins = new double[roles.length];
        for (int i = 0; i < roles.length; i++) {
            boolean chosen = roles[i] == Role.QUESTION && (i == 0 || roles[i - 1] != Role.QUESTION);
            double[] best = {IMPOSSIBLE, IMPOSSIBLE}; // best total score without / with a boundary at i
            for (Role to : ROLES) {
                double after = scores[i][to.ordinal()] + backward[i][to.ordinal()];
                if (i == 0) {
                    keepBest(best, to == Role.QUESTION, forward[0][to.ordinal()] + backward[0][to.ordinal()]);
                    continue;
                }
                for (Role from : ROLES) {
                    double total = forward[i - 1][from.ordinal()] + pinned.transition(i, from, to, weights) + after;
                    keepBest(best, to == Role.QUESTION && from != Role.QUESTION, total);
                }
            }
            double other = best[chosen ? 0 : 1];
            margins[i] = other == IMPOSSIBLE ? Double.MAX_VALUE : best[chosen ? 1 : 0] - other;
        }
        return margins;
    }

    private static void keepBest(double[] best, boolean boundary, double total) {
        int k = boundary ? 1 : 0;
        best[k] = Math.max(best[k], total);
    }

    /** What each block must or must not be, besides what its score says. */
    private record Constraints(boolean[] startsQuestion, boolean[] continuesAnswer) {

        /** As {@link #transition(Role, Role, boolean, TurnWeights)}, except that a block after an answer that ends
         * with a colon carries that answer on. */
        double transition(int i, Role from, Role to, TurnWeights weights) {
            return continuesAnswer[i] && from == Role.ANSWER && to == Role.QUESTION
                    ? IMPOSSIBLE
                    : TurnSequence.transition(from, to, startsQuestion[i], weights);
        }
    }

    /** As {@link #transition(Role, Role, TurnWeights)}, except that a block pinned to start a question continues none. */
    static double transition(Role from, Role to, boolean startsQuestion, TurnWeights weights) {
        return startsQuestion && from == Role.QUESTION && to == Role.QUESTION
                ? IMPOSSIBLE
                : transition(from, to, weights);
    }

    /** What moving from one role to the next costs: the lead comes first, and answers follow questions. */
    static double transition(Role from, Role to, TurnWeights weights) {
        return switch (from) {
            case LEAD -> to == Role.ANSWER ? IMPOSSIBLE : 0;
            case QUESTION -> to == Role.LEAD ? IMPOSSIBLE : to == Role.QUESTION ? weights.questionAfterQuestion() : 0;
            case ANSWER -> to == Role.LEAD ? IMPOSSIBLE : to == Role.QUESTION ? weights.newExchange() : 0;
        };
    }
}
