package dev.colloquy.importer.evaluation;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.exchange.Exchange;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.importer.evaluation.DocumentScore.Field;
import dev.colloquy.importer.evaluation.DocumentScore.ScoredExchange;
import dev.colloquy.importer.evaluation.GoldDocument.GoldEntity;
import dev.colloquy.importer.evaluation.GoldDocument.GoldExchange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one reading against its gold. Exchanges are compared by the first words of their question and
 * answer turns; the two sequences of boundaries (question start, answer start, …) are aligned in order
 * (longest common subsequence), so one missed exchange costs its own boundaries, not every later one.
 */
public final class DocumentScorer {

    /** Warnings that say the importer was unsure where turns begin or end. */
    static final Set<String> SEGMENTATION_WARNINGS = Set.of(
            "UNSURE_QUESTION",
            "UNSURE_ANSWER",
            "UNSURE_LEAD",
            "QUESTION_WITHOUT_QUESTION_MARK",
            "UNANSWERED_QUESTION",
            "SEVERAL_ANSWERERS",
            "UNSURE_LABELS",
            "UNMARKED_QUESTION",
            "UNSURE_BOUNDARIES");

    private DocumentScorer() {}

    public static DocumentScore rejected(GoldDocument gold, String split, String reason) {
        Field none = new Field(null, false);
        return new DocumentScore(
                gold,
                split,
                reason,
                0,
                0,
                0,
                false,
                none,
                none,
                new Field(null, gold.interviewers().isEmpty()),
                new Field(null, gold.publication() == null),
                List.of(),
                true,
                "rejected: " + reason,
                gold.entities() == null ? null : entities(gold.entities(), List.of()),
                gold.quotes() == null ? null : QuoteScorer.unread(gold));
    }

    /**
     * Entities at the level of the document: a predicted entity is right when it has a gold entity's type (or
     * its alternative) and shares a form with it (its name or an alias against the gold text or an alias,
     * ignoring case and spacing); a gold entity is found when some right prediction matches it.
     */
    public static EntityScores entities(List<GoldEntity> gold, List<Entity> predicted) {
        EntityScores scores = new EntityScores();
        for (GoldEntity expected : gold) {
            boolean found = predicted.stream().anyMatch(entity -> matches(entity, expected));
            scores.add(expected.type(), new EntityScores.Counts(0, 0, found ? 1 : 0, 1));
        }
        for (Entity entity : predicted) {
            boolean right = gold.stream().anyMatch(expected -> matches(entity, expected));
            scores.add(entity.type(), new EntityScores.Counts(right ? 1 : 0, 1, 0, 0));
        }
        return scores;
    }

    private static boolean matches(Entity entity, GoldEntity expected) {
        if (!expected.allows(entity.type())) {
            return false;
        }
        Set<List<String>> forms = new HashSet<>();
        forms.add(Words.of(expected.text()));
        expected.aliases().forEach(alias -> forms.add(Words.of(alias)));
        return forms.contains(Words.of(entity.name()))
                || entity.aliases().stream().map(Words::of).anyMatch(forms::contains);
    }

    public static DocumentScore score(GoldDocument gold, String split, ParsedArticle article) {
        List<Exchange> read = article.interview().exchanges();
        List<List<String>> predicted = boundaries(read);
        List<List<String>> keys = keys(gold.exchanges());
        int[] goldOf = align(predicted, keys);
        int hits = 0;
        for (int match : goldOf) {
            hits += match >= 0 ? 1 : 0;
        }
        List<ScoredExchange> exchanges = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            exchanges.add(
                    new ScoredExchange(read.get(i).confidence(), exchangeRight(goldOf, i, read.size(), keys.size())));
        }
        boolean exact = read.size() == gold.exchanges().size() && hits == predicted.size();
        return new DocumentScore(
                gold,
                split,
                null,
                read.size(),
                hits,
                predicted.size(),
                exact,
                headline(gold, article),
                person(article.interview().interviewee(), gold.interviewees(), false),
                person(article.interview().interviewer(), gold.interviewers(), true),
                publication(gold, article),
                exchanges,
                warnedAboutSegmentation(article),
                exact ? null : firstMiss(gold, read, goldOf),
                gold.entities() == null ? null : entities(gold.entities(), article.entities()),
                gold.quotes() == null ? null : QuoteScorer.score(gold, article, goldExchanges(goldOf, read.size())));
    }

    /** For each exchange read, the gold exchange (from 1) whose answer or else question it starts, or -1. */
    static int[] goldExchanges(int[] goldOf, int readCount) {
        int[] exchanges = new int[readCount];
        for (int i = 0; i < readCount; i++) {
            int boundary = goldOf[2 * i + 1] >= 0 ? goldOf[2 * i + 1] : goldOf[2 * i];
            exchanges[i] = boundary < 0 ? -1 : boundary / 2 + 1;
        }
        return exchanges;
    }

    /** Each exchange gives two boundaries: the words its question starts with and those its answer starts with. */
    private static List<List<String>> boundaries(List<Exchange> exchanges) {
        List<List<String>> words = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            words.add(Words.of(exchange.question().text()));
            words.add(Words.of(exchange.answer().text()));
        }
        return words;
    }

    private static List<List<String>> keys(List<GoldExchange> exchanges) {
        List<List<String>> keys = new ArrayList<>();
        for (GoldExchange exchange : exchanges) {
            keys.add(Words.key(exchange.question()));
            keys.add(Words.key(exchange.answer()));
        }
        return keys;
    }

    /**
     * For each predicted boundary, the gold boundary it matches in the best in-order alignment, or -1.
     * Question boundaries only match question boundaries (even positions), answers answers.
     */
    static int[] align(List<List<String>> predicted, List<List<String>> gold) {
        int n = predicted.size();
        int m = gold.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = matches(predicted, gold, i, j)
                        ? best[i + 1][j + 1] + 1
                        : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        int[] goldOf = new int[n];
        java.util.Arrays.fill(goldOf, -1);
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (matches(predicted, gold, i, j) && best[i][j] == best[i + 1][j + 1] + 1) {
                goldOf[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return goldOf;
    }

    private static boolean matches(List<List<String>> predicted, List<List<String>> gold, int i, int j) {
        return i % 2 == j % 2 && Words.startsWith(predicted.get(i), gold.get(j));
    }

    /**
     * An exchange is right when its question and answer start where a gold exchange's do and it ends where
     * that one ends: the next exchange read starts the next gold exchange, or both are the last.
     */
    private static boolean exchangeRight(int[] goldOf, int exchange, int readCount, int goldBoundaries) {
        int question = goldOf[2 * exchange];
        int answer = goldOf[2 * exchange + 1];
        if (question < 0 || answer != question + 1) {
            return false;
        }
        boolean last = exchange == readCount - 1;
        return last ? answer == goldBoundaries - 1 : goldOf[2 * exchange + 2] == answer + 1;
    }

    /** A document with no title of its own (gold null) is read right only when no headline is read. */
    private static Field headline(GoldDocument gold, ParsedArticle article) {
        String read = article.article().headline().text();
        if (gold.headline() == null) {
            return new Field(read, Words.of(read).isEmpty());
        }
        return new Field(read, Words.sameWords(read, gold.headline()));
    }

    /** A name is right if it is one of the gold's; with no gold names, only naming nobody is right. */
    private static Field person(Speaker speaker, List<String> gold, boolean nobodyAllowed) {
        if (speaker == null) {
            return new Field(null, nobodyAllowed && gold.isEmpty());
        }
        return new Field(speaker.name(), gold.stream().anyMatch(name -> Words.sameWords(name, speaker.name())));
    }

    private static Field publication(GoldDocument gold, ParsedArticle article) {
        String read = article.article().publication();
        boolean right = gold.publication() == null ? read == null : Words.sameWords(read, gold.publication());
        return new Field(read, right);
    }

    private static boolean warnedAboutSegmentation(ParsedArticle article) {
        return article.warnings().stream().map(ImportWarning::code).anyMatch(SEGMENTATION_WARNINGS::contains);
    }

    /** The first gold exchange whose boundaries were not both found, in words a developer can look up. */
    private static String firstMiss(GoldDocument gold, List<Exchange> read, int[] goldOf) {
        boolean[] found = new boolean[2 * gold.exchanges().size()];
        for (int match : goldOf) {
            if (match >= 0) {
                found[match] = true;
            }
        }
        for (int j = 0; j < found.length; j++) {
            if (!found[j]) {
                GoldExchange exchange = gold.exchanges().get(j / 2);
                return "exchange " + (j / 2 + 1) + ": "
                        + (j % 2 == 0 ? "question «" + exchange.question() : "answer «" + exchange.answer())
                        + "» not found as a turn start";
            }
        }
        for (int i = 0; i < goldOf.length; i++) {
            if (goldOf[i] < 0) {
                String text = i % 2 == 0
                        ? read.get(i / 2).question().text()
                        : read.get(i / 2).answer().text();
                return "extra " + (i % 2 == 0 ? "question" : "answer") + " start «" + abbreviate(text) + "»";
            }
        }
        return "exchange count " + read.size() + " for " + gold.exchanges().size();
    }

    private static String abbreviate(String text) {
        String squeezed = text.replaceAll("\\s+", " ").strip();
        return squeezed.length() <= 50 ? squeezed : squeezed.substring(0, 50) + "…";
    }
}
