package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.CefrLevel;
import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A lesson as the schema shows it; excerpts, vocabulary and exports are resolved by {@link LessonGraph}. */
@Type("Lesson")
@Description(
        "A teacher's lesson: excerpts in order with notes and questions, a vocabulary list, and printable exports.")
public record Lesson(
        @Ignore long key,
        @NonNull @Description("The lesson's title.") String title,

        @Description("A few words for the top of the handout.")
        String introduction,

        @NonNull @Description("The user name of the teacher who owns the lesson; only they can change it.")
        String owner,

        @Description("True when other users can see the lesson; a draft is visible to its owner only.")
        boolean published,

        @Description("The reading level the class reads at, when the teacher set one: excerpts whose estimated band is"
                + " above it are flagged in the lesson builder.")
        CefrLevel targetLevel,

        @NonNull @Description("When the lesson was created, ISO-8601.")
        String createdAt,

        @NonNull @Description("When the lesson last changed, ISO-8601.")
        String updatedAt,

        @Description("True when the caller owns the lesson and may change it.")
        boolean editable)
        implements Node {

    public static final String TYPE = "Lesson";

    /** Marks the lesson as changed now and shows it to its owner, who made the change. */
    static Lesson touched(LessonRow row) {
        row.updatedAt = Instant.now();
        return of(row, row.owner);
    }

    static Lesson of(LessonRow row, String caller) {
        return new Lesson(
                row.id,
                row.title,
                row.introduction,
                row.owner,
                row.published,
                row.targetLevel == null ? null : CefrLevel.valueOf(row.targetLevel),
                row.createdAt.toString(),
                row.updatedAt.toString(),
                row.owner.equals(caller));
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID: opaque, stable, and resolvable by node(id:).")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
