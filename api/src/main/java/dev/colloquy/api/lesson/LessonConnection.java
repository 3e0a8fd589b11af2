package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.Connection;
import dev.colloquy.api.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Names the generic {@link Connection} for the schema. */
@Type("LessonConnection")
@Description("A page of lessons, in the Relay connection format.")
public final class LessonConnection extends Connection<Lesson, LessonEdge> {

    LessonConnection(Page<Lesson> page) {
        super(page, Lesson.TYPE, LessonEdge::new);
    }
}
