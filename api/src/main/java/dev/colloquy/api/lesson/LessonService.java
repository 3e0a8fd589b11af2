package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.CefrLevel;
import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.excerpt.ExcerptMaker;
import dev.colloquy.api.excerpt.ExcerptMaker.ExcerptSource;
import dev.colloquy.api.excerpt.ExcerptResolver;
import dev.colloquy.api.excerpt.ExcerptRow;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.graphql.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lessons and their excerpts and vocabulary: the queries, the rules (limits, ownership through
 * {@link LessonAccess}, positions) and the transactions. Every change is one transaction, so a refused change
 * leaves nothing behind; {@link LessonGraph} only maps the schema's arguments onto these methods.
 */
@ApplicationScoped
public class LessonService {

    @Inject
    EntityManager em;

    @Inject
    LessonAccess access;

    @Inject
    ExcerptMaker maker;

    @Inject
    ExcerptResolver resolver;

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

    /** For node(id:): the excerpt when the caller may see its lesson. */
    public Optional<Excerpt> findExcerpt(long key) {
        return ExcerptRow.<ExcerptRow>findByIdOptional(key)
                .filter(x -> access.findVisible(x.lessonId).isPresent())
                .map(x -> resolver.resolve(List.of(x)).get(0));
    }

    @Transactional
    public Lesson createLesson(String title, String introduction) {
        String owner = access.teacher();
        LessonRow row = new LessonRow();
        row.owner = owner;
        row.title = title(title);
        row.introduction = Limits.text("introduction", introduction, Limits.NOTE);
        row.published = false;
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        row.persist();
        return Lesson.of(row, owner);
    }

    @Transactional
    public Lesson renameLesson(String id, String title) {
        String checked = title(title);
        LessonRow row = access.owned(id);
        row.title = checked;
        return touched(row);
    }

    @Transactional
    public Lesson setLessonTargetLevel(String id, CefrLevel level) {
        LessonRow row = access.owned(id);
        row.targetLevel = level == null ? null : level.name();
        return touched(row);
    }

    @Transactional
    public Lesson publishLesson(String id, boolean published) {
        LessonRow row = access.owned(id);
        row.published = published;
        return touched(row);
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
    public Excerpt addExcerpt(AddExcerptInput input) {
        input.check();
        LessonRow lesson = ownedForEdit(input.lessonId);
        ExcerptRow row = maker.make(new ExcerptSource(input.exchangeId, input.start, input.end, input.quoteId));
        row.lessonId = lesson.id;
        row.position = Math.toIntExact(ExcerptRow.count("lessonId", lesson.id));
        row.note = input.note;
        row.setQuestionList(input.discussionQuestions == null ? List.of() : input.discussionQuestions);
        row.persist();
        touched(lesson);
        return resolver.resolve(List.of(row)).get(0);
    }

    @Transactional
    public Excerpt annotateExcerpt(String id, String note, List<String> discussionQuestions) {
        Limits.text("note", note, Limits.NOTE);
        Limits.texts("discussionQuestions", discussionQuestions, Limits.QUESTIONS, Limits.QUESTION);
        ExcerptRow row = ownedExcerpt(id);
        if (note != null) {
            row.note = note.isBlank() ? null : note;
        }
        if (discussionQuestions != null) {
            row.setQuestionList(discussionQuestions);
        }
        return resolver.resolve(List.of(row)).get(0);
    }

    @Transactional
    public Lesson removeExcerpt(String id) {
        ExcerptRow row = ownedExcerpt(id);
        LessonRow lesson = locked(LessonRow.findById(row.lessonId));
        // A removal of the same excerpt may have committed while this one waited for the lock: the delete then
        // finds nothing, which is NOT_FOUND as if it had come second, not a failed flush.
        em.detach(row);
        if (em.createQuery("delete from ExcerptRow e where e.id = :id")
                        .setParameter("id", row.id)
                        .executeUpdate()
                == 0) {
            throw new NotFoundException("no excerpt with ID " + id);
        }
        List<ExcerptRow> rest = ExcerptRow.list("lessonId = ?1 order by position", lesson.id);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
        return touched(lesson);
    }

    @Transactional
    public Lesson reorderExcerpts(String lessonId, List<String> excerptIds) {
        Limits.size("excerptIds", excerptIds, Limits.EXCERPT_IDS);
        LessonRow lesson = ownedForEdit(lessonId);
        List<ExcerptRow> rows = ExcerptRow.list("lessonId", lesson.id);
        List<Long> order = new ArrayList<>();
        for (String id : excerptIds) {
            order.add(GlobalId.parse(id, Excerpt.TYPE));
        }
        var current = new HashSet<Long>();
        rows.forEach(r -> current.add(r.id));
        if (order.size() != rows.size() || !current.equals(new HashSet<>(order))) {
            throw new BadUserInputException(
                    "excerptIds must list each of the lesson's " + rows.size() + " excerpts exactly once");
        }
        for (ExcerptRow row : rows) {
            row.position = order.indexOf(row.id);
        }
        return touched(lesson);
    }

    @Transactional
    public Lesson setVocabulary(String lessonId, List<VocabularyTermInput> terms) {
        Limits.size("terms", terms, Limits.TERMS);
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).check("terms[" + i + "]");
        }
        LessonRow lesson = ownedForEdit(lessonId);
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
        return touched(lesson);
    }

    /** The caller's lesson, locked for a change of its excerpts or vocabulary (see {@link #locked}). */
    private LessonRow ownedForEdit(String id) {
        return locked(access.owned(id));
    }

    /**
     * Locks the lesson row until the mutation commits. Positions are counted from the rows already there, so
     * two edits of one lesson at once would both count the same rows and take the same position: the lock
     * makes the second wait and then count the first one's excerpt too.
     */
    private LessonRow locked(LessonRow lesson) {
        em.lock(lesson, LockModeType.PESSIMISTIC_WRITE);
        return lesson;
    }

    private ExcerptRow ownedExcerpt(String id) {
        String name = access.teacher();
        long key = GlobalId.parse(id, Excerpt.TYPE);
        ExcerptRow row = ExcerptRow.<ExcerptRow>findByIdOptional(key)
                .filter(x -> access.findVisible(x.lessonId).isPresent())
                .orElseThrow(() -> new NotFoundException("no excerpt with ID " + id));
        access.requireOwner(LessonRow.findById(row.lessonId), name);
        return row;
    }

    private Lesson touched(LessonRow row) {
        row.updatedAt = Instant.now();
        return Lesson.of(row, row.owner);
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new BadUserInputException("title: a lesson needs a title");
        }
        return Limits.text("title", title.strip(), Limits.TITLE);
    }
}
