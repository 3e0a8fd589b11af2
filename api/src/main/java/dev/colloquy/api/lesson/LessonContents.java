package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.excerpt.ExcerptResolver;
import dev.colloquy.api.excerpt.ExcerptRow;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.api.security.Caller;
import dev.colloquy.core.lesson.Handout;
import dev.colloquy.core.lesson.HandoutMarkdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Loads what lessons hold (excerpts, vocabulary) for many lessons at once, and builds their handouts. */
@ApplicationScoped
public class LessonContents {

    @Inject
    EntityManager em;

    /** Enough of a question to recognise it, short enough for one line of a heading. */
    private static final int HEADING_WORDS = 10;

    private static final DateTimeFormatter CREDIT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    ExcerptResolver excerpts;

    @Inject
    Caller caller;

    /** The excerpts of each lesson, in lesson order, each list in the lessons' order. */
    List<List<Excerpt>> excerptsOf(List<Lesson> lessons) {
        List<ExcerptRow> rows = em.createQuery(
                        "select x from ExcerptRow x join fetch x.article where x.lessonId in :keys"
                                + " order by x.lessonId, x.position",
                        ExcerptRow.class)
                .setParameter("keys", Batch.keys(lessons, Lesson::key))
                .getResultList();
        Map<Long, List<Excerpt>> grouped = Batch.group(excerpts.resolve(rows), Excerpt::lessonKey, e -> e);
        return Batch.align(lessons, Lesson::key, grouped, List.of()).stream()
                .map(List::copyOf)
                .toList();
    }

    List<List<VocabularyTerm>> vocabularyOf(List<Lesson> lessons) {
        List<VocabularyTermRow> rows = em.createQuery(
                        "select t from VocabularyTermRow t where t.lessonId in :keys"
                                + " order by t.lessonId, t.position",
                        VocabularyTermRow.class)
                .setParameter("keys", Batch.keys(lessons, Lesson::key))
                .getResultList();
        return Batch.align(
                lessons,
                Lesson::key,
                Batch.group(rows, t -> t.lessonId, t -> new VocabularyTerm(t.word, t.definition)),
                List.of());
    }

    List<Handout> handouts(List<Lesson> lessons) {
        List<List<Excerpt>> items = excerptsOf(lessons);
        List<List<VocabularyTerm>> vocabulary = vocabularyOf(lessons);
        return IntStream.range(0, lessons.size())
                .mapToObj(i -> handout(lessons.get(i), items.get(i), vocabulary.get(i)))
                .toList();
    }

    public String markdown(Lesson lesson) {
        return HandoutMarkdown.render(handouts(List.of(lesson)).get(0));
    }

    public String html(Lesson lesson, PaperSize paper) {
        return HandoutPage.render(handouts(List.of(lesson)).get(0), paper);
    }

    private Handout handout(Lesson lesson, List<Excerpt> excerpts, List<VocabularyTerm> vocabulary) {
        List<Handout.Item> items = excerpts.stream().map(LessonContents::item).toList();
        List<Handout.Term> terms = vocabulary.stream()
                .map(t -> new Handout.Term(t.word(), t.definition()))
                .toList();
        return new Handout(lesson.title(), caller.displayName(lesson.owner()), lesson.introduction(), items, terms);
    }

    private static Handout.Item item(Excerpt excerpt) {
        return new Handout.Item(
                heading(excerpt),
                credit(excerpt),
                excerpt.question() == null ? null : excerpt.interviewer(),
                excerpt.question(),
                excerpt.text(),
                excerpt.speaker(),
                excerpt.note(),
                excerpt.discussionQuestions(),
                excerpt.citations().styled(),
                excerpt.comparison() == null ? null : excerpt.comparison().quoted(),
                excerpt.readingLevel().describe());
    }

    /**
     * What a teacher would call the excerpt: who speaks and what about ("Mark Rutte on “Do you think Germany,
     * the UK, and France will play…”"), the speaker and the publication without a question, or the headline.
     * Never an exchange number: pupils have no transcript to count in.
     */
    static String heading(Excerpt excerpt) {
        String speaker = excerpt.speaker();
        if (speaker != null && excerpt.question() != null) {
            return speaker + " on \u201C" + firstWords(excerpt.question(), HEADING_WORDS) + "\u201D";
        }
        if (speaker != null) {
            return excerpt.article().publication() == null
                    ? speaker
                    : speaker + " in " + excerpt.article().publication();
        }
        return excerpt.article().headline();
    }

    /** Where the excerpt comes from and who took part: "Al Majalla, 9 December 2024 · Mark Rutte interviewed by Ibrahim Hamidi". */
    static String credit(Excerpt excerpt) {
        List<String> parts = new ArrayList<>();
        var article = excerpt.article();
        String source = article.publication() == null ? "" : article.publication();
        if (article.publishedOn() != null) {
            source += (source.isEmpty() ? "" : ", ")
                    + LocalDate.parse(article.publishedOn()).format(CREDIT_DATE);
        }
        if (!source.isEmpty()) {
            parts.add(source);
        }
        parts.add(people(excerpt));
        parts.removeIf(p -> p == null || p.isEmpty());
        return parts.isEmpty() ? null : String.join(" \u00B7 ", parts);
    }

    private static String people(Excerpt excerpt) {
        String interviewee = excerpt.interviewee();
        String interviewer = excerpt.interviewer();
        if (interviewee != null && interviewer != null) {
            return interviewee + " interviewed by " + interviewer;
        }
        return interviewee != null
                ? "interview with " + interviewee
                : interviewer == null ? null : "interview by " + interviewer;
    }

    /** The text's first words, cut at a word and marked with an ellipsis when there was more. */
    static String firstWords(String text, int words) {
        String[] all = text.strip().split("\\s+");
        if (all.length <= words) {
            return text.strip();
        }
        String cut = String.join(" ", Arrays.copyOf(all, words)).replaceAll("[,;:.!?]+$", "");
        return cut + "\u2026";
    }
}
