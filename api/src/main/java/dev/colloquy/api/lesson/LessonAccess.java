package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.LogSafe;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.security.Caller;
import dev.colloquy.api.security.ForbiddenException;
import dev.colloquy.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The ownership rules in one place. Anyone may read a published lesson; a draft exists only for its owner
 * (others get NOT_FOUND, as if there were none); only the owner, signed in as a teacher, changes a lesson.
 */
@ApplicationScoped
public class LessonAccess {

    @Inject
    Caller caller;

    /** The caller's name, or null when anonymous. */
    String callerName() {
        return caller.name().orElse(null);
    }

    Optional<LessonRow> findVisible(long key) {
        return LessonRow.<LessonRow>findByIdOptional(key).filter(this::canSee);
    }

    boolean canSee(LessonRow row) {
        return row.published || row.owner.equals(callerName());
    }

    LessonRow visible(String id) {
        long key = GlobalId.parse(id, Lesson.TYPE);
        return findVisible(key).orElseThrow(() -> new NotFoundException("no lesson with ID " + id));
    }

    /** The lesson, when the caller may change it; otherwise UNAUTHENTICATED, FORBIDDEN or NOT_FOUND. */
    LessonRow owned(String id) {
        String name = caller.require(Roles.TEACHER);
        LessonRow row = visible(id);
        return requireOwner(row, name);
    }

    LessonRow requireOwner(LessonRow row, String name) {
        if (!row.owner.equals(name)) {
            throw new ForbiddenException("the lesson \"" + LogSafe.text(row.title) + "\" belongs to " + row.owner
                    + "; only its owner can change it");
        }
        return row;
    }

    /** A teacher's name, for creating lessons. */
    String teacher() {
        return caller.require(Roles.TEACHER);
    }
}
