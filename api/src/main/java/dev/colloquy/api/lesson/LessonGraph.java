package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.CefrLevel;
import dev.colloquy.api.excerpt.Excerpt;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.core.lesson.HandoutMarkdown;
import jakarta.inject.Inject;
import java.util.List;
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
 * The schema of lessons: reading (open for published lessons), writing (the owner only) and the handout
 * exports. The rules, queries and transactions are {@link LessonService}'s and {@link ExcerptService}'s; this maps
 * arguments and results.
 */
@GraphQLApi
public class LessonGraph {

    @Inject
    LessonService service;

    @Inject
    ExcerptService excerpts;

    @Inject
    LessonContents contents;

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
        return service.lessons(first, after, mine);
    }

    /** For node(id:): the lesson when the caller may see it. */
    public Optional<Lesson> find(long key) {
        return service.find(key);
    }

    /** For node(id:): the excerpt when the caller may see its lesson. */
    public Optional<Excerpt> findExcerpt(long key) {
        return excerpts.find(key);
    }

    @Mutation("createLesson")
    @Description("Creates a draft lesson owned by the caller. Needs the teacher role.")
    public @NonNull Lesson createLesson(
            @NonNull @Description("The lesson's title, at most 200 characters.") String title,
            @Description("A few words for the top of the handout, at most 5000 characters.") String introduction) {
        return service.createLesson(new LessonText(title, introduction));
    }

    @Mutation("renameLesson")
    @Description("Gives a lesson a new title. Only its owner may: FORBIDDEN for anyone else.")
    public @NonNull Lesson renameLesson(
            @NonNull @Id @Description("The lesson's global ID.") String id,
            @NonNull @Description("The new title, at most 200 characters.") String title) {
        return service.renameLesson(id, title);
    }

    @Mutation("setLessonTargetLevel")
    @Description("Sets the reading level the lesson's class reads at, or clears it with null. Owner only.")
    public @NonNull Lesson setLessonTargetLevel(
            @NonNull @Id @Description("The lesson's global ID.") String id,
            @Description("A CEFR band, A1 (easiest) to C2; null for none.") CefrLevel level) {
        return service.setLessonTargetLevel(id, level);
    }

    @Mutation("publishLesson")
    @Description("Publishes a lesson so that everyone can read it, or takes it back to a draft. Owner only.")
    public @NonNull Lesson publishLesson(
            @NonNull @Id @Description("The lesson's global ID.") String id,
            @DefaultValue("true") @Description("True to publish, false to make it a draft again.") boolean published) {
        return service.publishLesson(id, published);
    }

    @Mutation("deleteLesson")
    @Description("Deletes a lesson with its excerpts and vocabulary, and returns its ID. Owner only.")
    public @NonNull @Id String deleteLesson(@NonNull @Id @Description("The lesson's global ID.") String id) {
        return service.deleteLesson(id);
    }

    @Mutation("addExcerpt")
    @Description("Adds an excerpt at the end of a lesson: a whole exchange, a passage inside one, or a quote beside its"
            + " source passage. Owner only.")
    public @NonNull Excerpt addExcerpt(@NonNull @Description("What to add, and where.") AddExcerptInput input) {
        return excerpts.add(input);
    }

    @Mutation("annotateExcerpt")
    @Description("Sets an excerpt's note and discussion questions; a value left out stays as it is. Owner only.")
    public @NonNull Excerpt annotateExcerpt(
            @NonNull @Id @Description("The excerpt's global ID.") String id,
            @Description("The new note, at most 5000 characters; an empty string removes it.") String note,
            @Description(
                            "The new discussion questions (at most 20, each at most 1000 characters), replacing the old ones.")
                    List<String> discussionQuestions) {
        return excerpts.annotate(id, new ExcerptNotes(note, discussionQuestions));
    }

    @Mutation("removeExcerpt")
    @Description("Removes an excerpt from its lesson and returns the lesson. Owner only.")
    public @NonNull Lesson removeExcerpt(@NonNull @Id @Description("The excerpt's global ID.") String id) {
        return excerpts.remove(id);
    }

    @Mutation("reorderExcerpts")
    @Description(
            "Puts a lesson's excerpts in a new order. excerptIds must list every excerpt of the lesson once. Owner only.")
    public @NonNull Lesson reorderExcerpts(
            @NonNull @Id @Description("The lesson's global ID.") String lessonId,
            @NonNull @Description("All the lesson's excerpt IDs (global IDs), in the new order.")
                    List<@NonNull String> excerptIds) {
        return excerpts.reorder(lessonId, new ExcerptOrder(excerptIds));
    }

    @Mutation("setVocabulary")
    @Description("Replaces a lesson's vocabulary list. Owner only.")
    public @NonNull Lesson setVocabulary(
            @NonNull @Id @Description("The lesson's global ID.") String lessonId,
            @NonNull @Description("The words and meanings, in order; at most 200 terms.")
                    List<@NonNull VocabularyTermInput> terms) {
        return service.setVocabulary(lessonId, new Vocabulary(terms));
    }

    @Description("The excerpts, in the lesson's order.")
    public List<@NonNull List<@NonNull Excerpt>> excerpts(@Source List<Lesson> lessons) {
        return contents.excerptsOf(lessons);
    }

    @Description("The vocabulary list, in order.")
    public List<@NonNull List<@NonNull VocabularyTerm>> vocabulary(@Source List<Lesson> lessons) {
        return contents.vocabularyOf(lessons);
    }

    @Description(
            "The handout as Markdown: excerpts with questions, notes, reading levels, vocabulary and sources (APA, MLA, Chicago).")
    public List<@NonNull String> markdown(@Source List<Lesson> lessons) {
        return contents.handouts(lessons).stream().map(HandoutMarkdown::render).toList();
    }

    @Description("The handout as one printable, self-contained HTML page with the same content as markdown: a name and"
            + " date line, page numbers, ruled answer lines under each discussion question, headings kept with what"
            + " follows them.")
    public @NonNull String html(
            @Source Lesson lesson,
            @DefaultValue("A4") @Description("The paper to lay the page out for.") PaperSize paper) {
        return HandoutPage.render(handouts.of(lesson), paper);
    }
}
