package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every ownership and role rule, tried from the losing side: the request fails with its code and changes nothing. */
@QuarkusTest
class AccountsTest {

    private String lesson;
    private String first;
    private String second;

    /** Alice's lesson with two excerpts and a vocabulary term. */
    @BeforeEach
    void alicesLesson() {
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        lesson = Lessons.create(GraphQL.ALICE, "Alice's lesson");
        first = Lessons.addExchange(
                GraphQL.ALICE, lesson, (String) exchanges.get(0).get("id"), null, null);
        second = Lessons.addExchange(
                GraphQL.ALICE, lesson, (String) exchanges.get(1).get("id"), null, null);
        GraphQL.as(GraphQL.ALICE)
                .data(
                        Lessons.VOCABULARY,
                        Map.of("id", lesson, "terms", List.of(Map.of("word", "ally", "definition", "a partner"))));
    }

    @Test
    void aDraftIsVisibleToItsOwnerOnly() {
        assertThat(Lessons.get(GraphQL.ALICE, lesson).getBoolean("data.lesson.editable"))
                .isTrue();
        for (String other : new String[] {GraphQL.BOB, null}) {
            assertThat(GraphQL.as(other).data(Lessons.GET, Map.of("id", lesson)).getString("data.lesson"))
                    .isNull();
            assertThat(GraphQL.as(other)
                            .data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", lesson))
                            .getString("data.node"))
                    .isNull();
            assertThat(GraphQL.as(other)
                            .data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", first))
                            .getString("data.node"))
                    .isNull();
            assertThat(GraphQL.as(other)
                            .data("{ lessons(first: 100) { nodes { id } } }")
                            .<String>getList("data.lessons.nodes.id"))
                    .doesNotContain(lesson);
            GraphQL.request(other)
                    .when()
                    .get("/api/lessons/" + lesson + "/handout.md")
                    .then()
                    .statusCode(404);
        }
        assertThat(GraphQL.as(GraphQL.ALICE)
                        .data("{ lessons(first: 100, mine: true) { nodes { id } } }")
                        .<String>getList("data.lessons.nodes.id"))
                .contains(lesson);
    }

    @Test
    void anotherTeacherCanReadAPublishedLessonButNotChangeIt() {
        GraphQL.as(GraphQL.ALICE).data(Lessons.PUBLISH, Map.of("id", lesson, "p", true));
        JsonPath before = Lessons.get(GraphQL.BOB, lesson);
        assertThat(before.getBoolean("data.lesson.editable")).isFalse();
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);

        for (String user : new String[] {GraphQL.BOB, GraphQL.EDITOR}) {
            GraphQL.Client other = GraphQL.as(user);
            assertThat(other.errorCode(Lessons.RENAME, Map.of("id", lesson, "t", "Mine now")))
                    .isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.DELETE, Map.of("id", lesson))).isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.REORDER, Map.of("id", lesson, "ids", List.of(second, first))))
                    .isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.PUBLISH, Map.of("id", lesson, "p", false)))
                    .isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(
                            Lessons.ADD,
                            Map.of(
                                    "in",
                                    Map.of(
                                            "lessonId",
                                            lesson,
                                            "exchangeId",
                                            exchanges.get(2).get("id")))))
                    .isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.REMOVE, Map.of("id", first))).isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.ANNOTATE, Map.of("id", first, "n", "vandalised")))
                    .isEqualTo("FORBIDDEN");
            assertThat(other.errorCode(Lessons.VOCABULARY, Map.of("id", lesson, "terms", List.of())))
                    .isEqualTo("FORBIDDEN");
        }
        assertThat(Lessons.get(GraphQL.ALICE, lesson).prettify())
                .isEqualTo(Lessons.get(GraphQL.BOB, lesson)
                        .prettify()
                        .replace("\"editable\": false", "\"editable\": true"));
        assertThat(Lessons.get(GraphQL.BOB, lesson).prettify()).isEqualTo(before.prettify());
    }

    @Test
    void anonymousWritesAreUnauthenticated() {
        GraphQL.as(GraphQL.ALICE).data(Lessons.PUBLISH, Map.of("id", lesson, "p", true));
        JsonPath before = Lessons.get(null, lesson);
        GraphQL.Client anonymous = GraphQL.as(null);
        assertThat(anonymous.errorCode(Lessons.CREATE, Map.of("t", "Nobody's"))).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.errorCode(Lessons.RENAME, Map.of("id", lesson, "t", "x")))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.errorCode(Lessons.DELETE, Map.of("id", lesson))).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.errorCode(Lessons.REMOVE, Map.of("id", first))).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.errorCode(
                        ImportTestSupport.IMPORT,
                        Map.of("text", SyntheticInterviews.article("anon " + UUID.randomUUID(), 2))))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(Lessons.get(null, lesson).prettify()).isEqualTo(before.prettify());
        assertThat(GraphQL.data("{ viewer { name roles } }").getString("data.viewer.name"))
                .isNull();
    }

    @Test
    void onlyEditorsImport() {
        int articles = ImportTestSupport.articleCount();
        String text = SyntheticInterviews.article("roles " + UUID.randomUUID(), 2);
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(ImportTestSupport.IMPORT, Map.of("text", text)))
                .isEqualTo("FORBIDDEN");
        GraphQL.request(GraphQL.ALICE)
                .contentType("text/plain")
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(403);
        GraphQL.request(null)
                .contentType("text/plain")
                .body(text)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401);
        assertThat(ImportTestSupport.articleCount()).isEqualTo(articles);
        assertThat(GraphQL.as(GraphQL.EDITOR).data("{ viewer { name roles } }").<String>getList("data.viewer.roles"))
                .containsExactly("editor", "teacher");
    }
}
