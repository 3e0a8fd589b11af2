package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson's target reading level: set and cleared by its owner, refused to anyone else, bad bands refused. */
@QuarkusTest
class LessonTargetLevelTest {

    private static final String SET = """
            mutation($id: ID!, $level: CefrLevel) { setLessonTargetLevel(id: $id, level: $level) { targetLevel } }""";
    private static final String GET = "query($id: ID!) { lesson(id: $id) { targetLevel } }";

    @Test
    void theOwnerSetsAndClearsTheLevel() {
        String lesson = Lessons.create(GraphQL.ALICE, "Levels");

        GraphQL.as(GraphQL.ALICE).data(SET, Map.of("id", lesson, "level", "B1"));
        assertThat(GraphQL.as(GraphQL.ALICE).data(GET, Map.of("id", lesson)).getString("data.lesson.targetLevel"))
                .isEqualTo("B1");

        Map<String, Object> none = new HashMap<>();
        none.put("id", lesson);
        none.put("level", null);
        GraphQL.as(GraphQL.ALICE).data(SET, none);
        assertThat(GraphQL.as(GraphQL.ALICE).data(GET, Map.of("id", lesson)).getString("data.lesson.targetLevel"))
                .isNull();
    }

    @Test
    void onlyTheOwnerMaySetIt() {
        String lesson = Lessons.create(GraphQL.ALICE, "Not Bob's");

        // Another teacher cannot see a draft at all; once it is shared, they see it but may not change it.
        assertThat(GraphQL.as(GraphQL.BOB).errorCode(SET, Map.of("id", lesson, "level", "C1")))
                .isEqualTo("NOT_FOUND");
        GraphQL.as(GraphQL.ALICE).data(Lessons.PUBLISH, Map.of("id", lesson, "p", true));
        assertThat(GraphQL.as(GraphQL.BOB).errorCode(SET, Map.of("id", lesson, "level", "C1")))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQL.as(null).errorCode(SET, Map.of("id", lesson, "level", "C1")))
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aBandThatIsNoCefrBandIsRefused() {
        String lesson = Lessons.create(GraphQL.ALICE, "Year 9");

        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(SET, Map.of("id", lesson, "level", "Y9")))
                .isEqualTo("BAD_USER_INPUT");
    }
}
