package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.CefrLevel;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lessons and their vocabulary: the queries, the rules (inputs checked by Bean Validation at this edge,
 * ownership through {@link LessonAccess}) and the transactions; their excerpts are {@link ExcerptService}'s.
 * Every change is one transaction, so a refused change leaves nothing behind; {@link LessonGraph} only maps
 * the schema's arguments onto these methods.
 */
@ApplicationScoped
public class LessonService {

    @Inject
    EntityManager em;

    @Inject
    LessonAccess access;

    @Inject
    Inputs inputs;

    @Inject
    HandoutsOfRequest handouts;

    @Inject
    Connections connections;

    /** Published lessons and the caller's drafts (or only the caller's own), oldest first. */
    public LessonConnection lessons(Integer first, String after, boolean mine) {
        String me = access.callerName() == null ? "" : access.callerName();
        KeysetQuery<LessonRow> query = KeysetQuery.over(LessonRow.class, "l", "");
        query = mine
                ? query.where("l.owner = :me", "me", me)
                : query.where("(l.published = true or l.owner = :me)", Map.of("me", me));
        LessonConnection connection =
                connections.page(query, first, after, Lesson.TYPE, row -> Lesson.of(row, me), LessonConnection::new);
        handouts.note(connection.getNodes());
        return connection;
    }

    /** For node(id:): the lesson when the caller may see it. */
    public Optional<Lesson> find(long key) {
        Optional<Lesson> lesson = access.findVisible(key).map(row -> Lesson.of(row, access.callerName()));
        lesson.ifPresent(l -> handouts.note(List.of(l)));
        return lesson;
    }

    @Transactional
    public Lesson createLesson(LessonText text) {
        inputs.valid(text);
        String owner = access.teacher();
        LessonRow row = new LessonRow();
        row.owner = owner;
        row.title = text.strippedTitle();
        row.introduction = text.introduction();
        row.published = false;
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        row.persist();
        return Lesson.of(row, owner);
    }

    @Transactional
    public Lesson renameLesson(String id, String title) {
        String checked = inputs.valid(new LessonText(title, null)).strippedTitle();
        LessonRow row = access.owned(id);
        row.title = checked;
        return Lesson.touched(row);
    }

    @Transactional
    public Lesson setLessonTargetLevel(String id, CefrLevel level) {
        LessonRow row = access.owned(id);
        row.targetLevel = level == null ? null : level.name();
        return Lesson.touched(row);
    }

    @Transactional
    public Lesson publishLesson(String id, boolean published) {
        LessonRow row = access.owned(id);
        row.published = published;
        return Lesson.touched(row);
    }

    @Transactional
    public String deleteLesson(String id) {
        LessonRow row = access.owned(id);
        em.createQuery("delete from ExcerptRow x where x.lessonId = :l")
                .setParameter("l", row.id)
                .executeUpdate();
        em.createQuery("delete from VocabularyTermRow t where t.lessonId = :l")
                .setParameter("l", row.id)
                .executeUpdate();
        row.delete();
        return id;
    }

    @Transactional
    public Lesson setVocabulary(String lessonId, Vocabulary vocabulary) {
        List<VocabularyTermInput> terms = inputs.valid(vocabulary).terms();
        LessonRow lesson = access.ownedForEdit(lessonId);
        em.createQuery("delete from VocabularyTermRow t where t.lessonId = :l")
                .setParameter("l", lesson.id)
                .executeUpdate();
        int position = 0;
        for (VocabularyTermInput term : terms) {
            VocabularyTermRow row = new VocabularyTermRow();
            row.lessonId = lesson.id;
            row.position = position++;
            row.word = term.word.strip();
            row.definition = term.definition == null ? "" : term.definition.strip();
            row.persist();
        }
        return Lesson.touched(lesson);
    }
}
