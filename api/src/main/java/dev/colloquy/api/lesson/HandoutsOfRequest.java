package dev.colloquy.api.lesson;

import dev.colloquy.core.lesson.Handout;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handouts of the lessons one GraphQL request returns, built together on first use. Lesson.html takes a
 * paper argument, and SmallRye's batching keys a field by its source only (two aliases asking A4 and Letter
 * would get one answer), so html is resolved per lesson; the lessons' contents are still loaded in one go
 * here: the queries that return lessons note them, and the first html asked for builds all of them.
 */
@RequestScoped
public class HandoutsOfRequest {

    @Inject
    LessonContents contents;

    private final Map<Long, Lesson> noted = new LinkedHashMap<>();
    private final Map<Long, Handout> built = new HashMap<>();

    /** Notes lessons about to be returned, so that their handouts are built with the first one asked for. */
    List<Lesson> note(List<Lesson> lessons) {
        lessons.forEach(l -> noted.putIfAbsent(l.key(), l));
        return lessons;
    }

    Handout of(Lesson lesson) {
        if (!built.containsKey(lesson.key())) {
            noted.putIfAbsent(lesson.key(), lesson);
            List<Lesson> pending = new ArrayList<>(noted.values());
            pending.removeIf(l -> built.containsKey(l.key()));
            List<Handout> handouts = contents.handouts(pending);
            for (int i = 0; i < pending.size(); i++) {
                built.put(pending.get(i).key(), handouts.get(i));
            }
        }
        return built.get(lesson.key());
    }
}
