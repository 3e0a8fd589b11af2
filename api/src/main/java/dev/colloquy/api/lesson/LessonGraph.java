package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.CefrLevel;
import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.excerpt.ExcerptMaker;
import dev.colloquy.api.excerpt.ExcerptMaker.ExcerptSource;
import dev.colloquy.api.excerpt.ExcerptResolver;
import dev.colloquy.api.excerpt.ExcerptRow;
import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.KeysetQuery;
import dev.colloquy.api.graphql.Limits;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.graphql.PageRequest;
import dev.colloquy.core.lesson.HandoutMarkdown;
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
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Lessons: reading (open for published lessons), writing (the owner only, see {@link LessonAccess}) and
 * the handout exports. Every mutation is one transaction, so a refused change leaves nothing behind.
 */
@GraphQLApi
public class LessonGraph {

    @Inject
    EntityManager em;

    @Inject
    LessonAccess access;

    @Inject
    LessonContents contents;

    @Inject
    ExcerptMaker maker;

    @Inject
    ExcerptResolver resolver;

    @Inject
    HandoutsOfRequest handouts;

    @Query("lesson")
    @Description("The lesson with this global ID, or null when there is none or it is someone else's draft."
            + " A malformed ID, or the ID of something else, is BAD_USER_INPUT.")
    public Lesson lesson(@NonNull @Id @Description("The lesson's global ID.") String id) {
        return find(GlobalId.parse(id, Lesson.TYPE)).orElse(null);
    }

    @Query("lessons")
    @Description("Published lessons and the caller's own drafts, oldest first.")
    public @NonNull LessonConnection lessons(
            @DefaultValue("20") @Description("How many lessons to return, at most 100.") Integer first,
            @Description("Return the lessons after this cursor.") String after,
            @DefaultValue("false") @Description("Only the caller's own lessons, drafts included.") boolean mine) {
        PageRequest page = PageRequest.of(first, after, Lesson.TYPE);
        String me = access.callerName() == null ? "" : access.callerName();
        KeysetQuery<LessonRow> query = KeysetQuery.over(LessonRow.class, "l", "");
        query = mine ? query.where("l.owner = :me", "me", me)
                : query.where("(l.published = true or l.owner = :me)", Map.of("me", me));
        LessonConnection connection = new LessonConnection(query.page(em, page, row -> row.id).map(row -> Lesson.of(row, me)));
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

    @Mutation("createLesson")
    @Description("Creates a draft lesson owned by the caller. Needs the teacher role.")
    @Transactional
    public @NonNull Lesson createLesson(@NonNull @Description("The lesson's title, at most 200 characters.") String title,
            @Description("A few words for the top of the handout, at most 5000 characters.") String introduction) {
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

    @Mutation("renameLesson")
    @Description("Gives a lesson a new title. Only its owner may: FORBIDDEN for anyone else.")
    @Transactional
    public @NonNull Lesson renameLesson(@NonNull @Id @Description("The lesson's global ID.") String id,
            @NonNull @Description("The new title, at most 200 characters.") String title) {
        String checked = title(title);
        LessonRow row = access.owned(id);
        row.title = checked;
        return touched(row);
    }

    @Mutation("setLessonTargetLevel")
    @Description("Sets the reading level the lesson's class reads at, or clears it with null. Owner only.")
    @Transactional
    public @NonNull Lesson setLessonTargetLevel(@NonNull @Id @Description("The lesson's global ID.") String id,
            @Description("A CEFR band, A1 (easiest) to C2; null for none.") CefrLevel level) {
        LessonRow row = access.owned(id);
        row.targetLevel = level == null ? null : level.name();
        return touched(row);
    }

    @Mutation("publishLesson")
    @Description("Publishes a lesson so that everyone can read it, or takes it back to a draft. Owner only.")
    @Transactional
    public @NonNull Lesson publishLesson(@NonNull @Id @Description("The lesson's global ID.") String id,
            @DefaultValue("true") @Description("True to publish, false to make it a draft again.") boolean published) {
        LessonRow row = access.owned(id);
        row.published = published;
        return touched(row);
    }

    @Mutation("deleteLesson")
    @Description("Deletes a lesson with its excerpts and vocabulary, and returns its ID. Owner only.")
    @Transactional
    public @NonNull @Id String deleteLesson(@NonNull @Id @Description("The lesson's global ID.") String id) {
        LessonRow row = access.owned(id);
        em.createQuery("delete from ExcerptRow x where x.lessonId = :l").setParameter("l", row.id).executeUpdate();
        em.createQuery("delete from VocabularyTermRow t where t.lessonId = :l").setParameter("l", row.id).executeUpdate();
        row.delete();
        return id;
    }

    @Mutation("addExcerpt")
    @Description("Adds an excerpt at the end of a lesson: a whole exchange, a passage inside one, or a quote beside its"
            + " source passage. Owner only.")
    @Transactional
    public @NonNull Excerpt addExcerpt(@NonNull @Description("What to add, and where.") AddExcerptInput input) {
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

    @Mutation("annotateExcerpt")
    @Description("Sets an excerpt's note and discussion questions; a value left out stays as it is. Owner only.")
    @Transactional
    public @NonNull Excerpt annotateExcerpt(@NonNull @Id @Description("The excerpt's global ID.") String id,
            @Description("The new note, at most 5000 characters; an empty string removes it.") String note,
            @Description("The new discussion questions (at most 20, each at most 1000 characters), replacing the old ones.")
            List<String> discussionQuestions) {
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

    @Mutation("removeExcerpt")
    @Description("Removes an excerpt from its lesson and returns the lesson. Owner only.")
    @Transactional
    public @NonNull Lesson removeExcerpt(@NonNull @Id @Description("The excerpt's global ID.") String id) {
        ExcerptRow row = ownedExcerpt(id);
        LessonRow lesson = locked(LessonRow.findById(row.lessonId));
        // A removal of the same excerpt may have committed while this one waited for the lock: the delete then
        // finds nothing, which is NOT_FOUND as if it had come second, not a failed flush.
        em.detach(row);
        if (em.createQuery("delete from ExcerptRow e where e.id = :id").setParameter("id", row.id).executeUpdate() == 0) {
            throw new NotFoundException("no excerpt with ID " + id);
        }
        List<ExcerptRow> rest = ExcerptRow.list("lessonId = ?1 order by position", lesson.id);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
        return touched(lesson);
    }

    @Mutation("reorderExcerpts")
    @Description("Puts a lesson's excerpts in a new order. excerptIds must list every excerpt of the lesson once. Owner only.")
    @Transactional
    public @NonNull Lesson reorderExcerpts(@NonNull @Id @Description("The lesson's global ID.") String lessonId,
            @NonNull @Description("All the lesson's excerpt IDs (global IDs), in the new order.") List<@NonNull String> excerptIds) {
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
            throw new BadUserInputException("excerptIds must list each of the lesson's " + rows.size()
                    + " excerpts exactly once");
        }
        for (ExcerptRow row : rows) {
            row.position = order.indexOf(row.id);
        }
        return touched(lesson);
    }

    @Mutation("setVocabulary")
    @Description("Replaces a lesson's vocabulary list. Owner only.")
    @Transactional
    public @NonNull Lesson setVocabulary(@NonNull @Id @Description("The lesson's global ID.") String lessonId,
            @NonNull @Description("The words and meanings, in order; at most 200 terms.") List<@NonNull VocabularyTermInput> terms) {
        Limits.size("terms", terms, Limits.TERMS);
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).check("terms[" + i + "]");
        }
        LessonRow lesson = ownedForEdit(lessonId);
        em.createQuery("delete from VocabularyTermRow t where t.lessonId = :l").setParameter("l", lesson.id)
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

    @Description("The excerpts, in the lesson's order.")
    public List<@NonNull List<@NonNull Excerpt>> excerpts(@Source List<Lesson> lessons) {
        return contents.excerptsOf(lessons);
    }

    @Description("The vocabulary list, in order.")
    public List<@NonNull List<@NonNull VocabularyTerm>> vocabulary(@Source List<Lesson> lessons) {
        return contents.vocabularyOf(lessons);
    }

    @Description("The handout as Markdown: excerpts with questions, notes, reading levels, vocabulary and sources (APA, MLA, Chicago).")
    public List<@NonNull String> markdown(@Source List<Lesson> lessons) {
        return contents.handouts(lessons).stream().map(HandoutMarkdown::render).toList();
    }

    @Description("The handout as one printable, self-contained HTML page with the same content as markdown: a name and"
            + " date line, page numbers, ruled answer lines under each discussion question, headings kept with what"
            + " follows them.")
    public @NonNull String html(@Source Lesson lesson,
            @DefaultValue("A4") @Description("The paper to lay the page out for.") PaperSize paper) {
        return HandoutPage.render(handouts.of(lesson), paper);
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
