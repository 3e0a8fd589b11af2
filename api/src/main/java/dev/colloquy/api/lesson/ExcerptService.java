package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.excerpt.ExcerptMaker;
import dev.colloquy.api.excerpt.ExcerptMaker.ExcerptSource;
import dev.colloquy.api.excerpt.ExcerptResolver;
import dev.colloquy.api.excerpt.ExcerptRow;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The excerpts of lessons: adding one (snapped to whole sentences by {@link ExcerptMaker}), its note and
 * questions, removing and reordering. Inputs are checked (Bean Validation) before anything is looked up;
 * ownership is {@link LessonAccess}'s; every change is one transaction under the lesson's lock, so positions
 * stay 0..n-1 whatever runs at the same time.
 */
@ApplicationScoped
public class ExcerptService {

    @Inject
    EntityManager em;

    @Inject
    LessonAccess access;

    @Inject
    ExcerptMaker maker;

    @Inject
    ExcerptResolver resolver;

    @Inject
    Inputs inputs;

    /** For node(id:): the excerpt when the caller may see its lesson. */
    public Optional<Excerpt> find(long key) {
        return ExcerptRow.<ExcerptRow>findByIdOptional(key)
                .filter(x -> access.findVisible(x.lessonId).isPresent())
                .map(this::resolved);
    }

    @Transactional
    public Excerpt add(AddExcerptInput input) {
        inputs.valid("input", input);
        LessonRow lesson = access.ownedForEdit(input.lessonId);
        ExcerptRow row = maker.make(new ExcerptSource(input.exchangeId, input.start, input.end, input.quoteId));
        row.lessonId = lesson.id;
        row.position = Math.toIntExact(ExcerptRow.count("lessonId", lesson.id));
        row.note = input.note;
        row.setQuestionList(input.discussionQuestions == null ? List.of() : input.discussionQuestions);
        row.persist();
        Lesson.touched(lesson);
        return resolved(row);
    }

    @Transactional
    public Excerpt annotate(String id, ExcerptNotes notes) {
        inputs.valid(notes);
        ExcerptRow row = owned(id);
        if (notes.note() != null) {
            row.note = notes.note().isBlank() ? null : notes.note();
        }
        if (notes.discussionQuestions() != null) {
            row.setQuestionList(notes.discussionQuestions());
        }
        return resolved(row);
    }

    @Transactional
    public Lesson remove(String id) {
        ExcerptRow row = owned(id);
        LessonRow lesson = access.locked(LessonRow.findById(row.lessonId));
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
        return Lesson.touched(lesson);
    }

    @Transactional
    public Lesson reorder(String lessonId, ExcerptOrder order) {
        inputs.valid(order);
        LessonRow lesson = access.ownedForEdit(lessonId);
        List<ExcerptRow> rows = ExcerptRow.list("lessonId", lesson.id);
        List<Long> keys = new ArrayList<>();
        for (String id : order.excerptIds()) {
            keys.add(GlobalId.parse(id, Excerpt.TYPE));
        }
        Set<Long> current = new HashSet<>();
        rows.forEach(r -> current.add(r.id));
        if (keys.size() != rows.size() || !current.equals(new HashSet<>(keys))) {
            throw new BadUserInputException(
                    "excerptIds must list each of the lesson's " + rows.size() + " excerpts exactly once");
        }
        for (ExcerptRow row : rows) {
            row.position = keys.indexOf(row.id);
        }
        return Lesson.touched(lesson);
    }

    /** The excerpt, when the caller owns its lesson; NOT_FOUND when they cannot see it, FORBIDDEN otherwise. */
    private ExcerptRow owned(String id) {
        String name = access.teacher();
        long key = GlobalId.parse(id, Excerpt.TYPE);
        ExcerptRow row = ExcerptRow.<ExcerptRow>findByIdOptional(key)
                .filter(x -> access.findVisible(x.lessonId).isPresent())
                .orElseThrow(() -> new NotFoundException("no excerpt with ID " + id));
        access.requireOwner(LessonRow.findById(row.lessonId), name);
        return row;
    }

    private Excerpt resolved(ExcerptRow row) {
        return resolver.resolve(List.of(row)).get(0);
    }
}
