package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.LogSafe;
import dev.colloquy.api.graphql.NotFoundException;
import dev.colloquy.api.security.Caller;
import dev.colloquy.api.security.ForbiddenException;
import dev.colloquy.api.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * The ownership rules in one place. Anyone may read a published lesson; a draft exists only for its owner
 * (others get NOT_FOUND, as if there were none); only the owner, signed in as a teacher, changes a lesson.
 */
@ApplicationScoped
public class LessonAccess {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

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

    /** The caller's lesson, locked for a change of its excerpts or vocabulary (see {@link #locked}). */
    LessonRow ownedForEdit(String id) {
        return locked(owned(id));
    }

    /**
     * Locks the lesson row until the transaction commits. Positions are counted from the rows already there,
     * so two edits of one lesson at once would both count the same rows and take the same position: the lock
     * makes the second wait and then count the first one's excerpt too.
     */
    LessonRow locked(LessonRow lesson) {
        em.lock(lesson, LockModeType.PESSIMISTIC_WRITE);
        return lesson;
    }

    /** A teacher's name, for creating lessons. */
    String teacher() {
        return caller.require(Roles.TEACHER);
    }
}
