package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Edge} for the schema. */
@Type("LessonEdge")
@Description("One lesson with its cursor.")
public final class LessonEdge extends Edge<Lesson> {

    LessonEdge(String cursor, Lesson node) {
        super(cursor, node);
    }
}
