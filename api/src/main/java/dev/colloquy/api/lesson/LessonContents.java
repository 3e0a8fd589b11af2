package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.excerpt.ExcerptResolver;
import dev.colloquy.api.excerpt.ExcerptRow;
import dev.colloquy.api.graphql.Batch;
import dev.colloquy.core.lesson.Handout;
import dev.colloquy.core.lesson.HandoutHtml;
import dev.colloquy.core.lesson.HandoutMarkdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Loads what lessons hold (excerpts, vocabulary) for many lessons at once, and builds their handouts. */
@ApplicationScoped
public class LessonContents {

    @Inject
    EntityManager em;

    @Inject
    ExcerptResolver excerpts;

    /** The excerpts of each lesson, in lesson order, each list in the lessons' order. */
    List<List<Excerpt>> excerptsOf(List<Lesson> lessons) {
        List<ExcerptRow> rows = em.createQuery("select x from ExcerptRow x join fetch x.article where x.lessonId in :keys"
                        + " order by x.lessonId, x.position", ExcerptRow.class)
                .setParameter("keys", Batch.keys(lessons, Lesson::key)).getResultList();
        Map<Long, List<Excerpt>> grouped = Batch.group(excerpts.resolve(rows), Excerpt::lessonKey, e -> e);
        return Batch.align(lessons, Lesson::key, grouped, List.of()).stream().map(List::copyOf).toList();
    }

    List<List<VocabularyTerm>> vocabularyOf(List<Lesson> lessons) {
        List<VocabularyTermRow> rows = em.createQuery("select t from VocabularyTermRow t where t.lessonId in :keys"
                        + " order by t.lessonId, t.position", VocabularyTermRow.class)
                .setParameter("keys", Batch.keys(lessons, Lesson::key)).getResultList();
        return Batch.align(lessons, Lesson::key,
                Batch.group(rows, t -> t.lessonId, t -> new VocabularyTerm(t.word, t.definition)), List.of());
    }

    List<Handout> handouts(List<Lesson> lessons) {
        List<List<Excerpt>> items = excerptsOf(lessons);
        List<List<VocabularyTerm>> vocabulary = vocabularyOf(lessons);
        return IntStream.range(0, lessons.size())
                .mapToObj(i -> handout(lessons.get(i), items.get(i), vocabulary.get(i))).toList();
    }

    public String markdown(Lesson lesson) {
        return HandoutMarkdown.render(handouts(List.of(lesson)).get(0));
    }

    public String html(Lesson lesson) {
        return HandoutHtml.render(handouts(List.of(lesson)).get(0));
    }

    private static Handout handout(Lesson lesson, List<Excerpt> excerpts, List<VocabularyTerm> vocabulary) {
        List<Handout.Item> items = excerpts.stream().map(LessonContents::item).toList();
        List<Handout.Term> terms = vocabulary.stream().map(t -> new Handout.Term(t.word(), t.definition())).toList();
        return new Handout(lesson.title(), lesson.owner(), lesson.introduction(), items, terms);
    }

    private static Handout.Item item(Excerpt excerpt) {
        var article = excerpt.article();
        String where = excerpt.exchange() == null ? "" : ", exchange " + excerpt.exchange().ordinal();
        String heading = (article.publication() == null ? "" : article.publication() + " — ") + article.headline() + where;
        var c = excerpt.citations();
        return new Handout.Item(heading, excerpt.question(), excerpt.text(), excerpt.speaker(), excerpt.note(),
                excerpt.discussionQuestions(), new Handout.Citations(c.apa(), c.mla(), c.chicago()),
                excerpt.comparison() == null ? null : excerpt.comparison().quoted(),
                excerpt.readingLevel().describe());
    }
}
