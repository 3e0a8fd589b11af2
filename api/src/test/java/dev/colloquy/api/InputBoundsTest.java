package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 13 (point 7): each over-long, out-of-range or forged input is answered with
 * BAD_USER_INPUT and a message naming the field and its limit, never a server error, and no answer shows a
 * Java class name or other internals.
 */
@QuarkusTest
class InputBoundsTest {

    private String lesson;

    @BeforeEach
    void aLesson() {
        lesson = Lessons.create(GraphQL.ALICE, "Bounds");
    }

    @Test
    void aLessonTitleOf600CharactersIsRefused() {
        assertBadInput(GraphQL.as(GraphQL.ALICE).post(Lessons.CREATE, Map.of("t", "x".repeat(600))), "title", "200");
        assertBadInput(
                GraphQL.as(GraphQL.ALICE).post(Lessons.RENAME, Map.of("id", lesson, "t", "x".repeat(600))),
                "title",
                "200");
        assertThat(Lessons.get(GraphQL.ALICE, lesson).getString("data.lesson.title"))
                .isEqualTo("Bounds");
    }

    @Test
    void aVocabularyWordOf300CharactersIsRefused() {
        List<Map<String, String>> terms = List.of(
                Map.of("word", "ally", "definition", "a partner"),
                Map.of("word", "w".repeat(300), "definition", "long"));
        assertBadInput(
                GraphQL.as(GraphQL.ALICE).post(Lessons.VOCABULARY, Map.of("id", lesson, "terms", terms)),
                "terms[1].word",
                "100");
        assertBadInput(
                GraphQL.as(GraphQL.ALICE)
                        .post(
                                Lessons.VOCABULARY,
                                Map.of(
                                        "id",
                                        lesson,
                                        "terms",
                                        List.of(Map.of("word", "ally", "definition", "d".repeat(1001))))),
                "terms[0].definition",
                "1000");
    }

    @Test
    void notesQuestionsAndOffsetsOfAnExcerptAreBounded() {
        String exchange =
                GraphQL.data("{ exchanges(first: 1) { nodes { id } } }").getString("data.exchanges.nodes[0].id");
        String excerpt = Lessons.addExchange(GraphQL.ALICE, lesson, exchange, null, null);
        assertBadInput(
                GraphQL.as(GraphQL.ALICE).post(Lessons.ANNOTATE, Map.of("id", excerpt, "n", "n".repeat(5001))),
                "note",
                "5000");
        assertBadInput(
                GraphQL.as(GraphQL.ALICE)
                        .post(Lessons.ANNOTATE, Map.of("id", excerpt, "q", java.util.Collections.nCopies(21, "Why?"))),
                "discussionQuestions",
                "20");
        assertBadInput(
                GraphQL.as(GraphQL.ALICE)
                        .post(
                                Lessons.ADD,
                                Map.of(
                                        "in",
                                        Map.of("lessonId", lesson, "exchangeId", exchange, "start", -5, "end", 10))),
                "input.start",
                "between 0 and");
    }

    @Test
    void aSourceUrlMustBeAShortHttpUrl() {
        String text = SyntheticInterviews.article("bounds " + System.nanoTime(), 2);
        assertBadInput(
                GraphQL.as(GraphQL.EDITOR)
                        .post(
                                ImportTestSupport.IMPORT,
                                Map.of("text", text, "sourceUrl", "https://example.org/" + "a".repeat(3000))),
                "sourceUrl",
                "2000");
        assertBadInput(
                GraphQL.as(GraphQL.EDITOR)
                        .post(ImportTestSupport.IMPORT, Map.of("text", text, "sourceUrl", "javascript:alert(1)")),
                "sourceUrl",
                "http or https");

        Response rest = postArticle(text, Map.of("sourceUrl", "javascript:alert(document.cookie)"));
        assertRestBadInput(rest, "sourceUrl");
        assertRestBadInput(
                postArticle(text, Map.of("sourceUrl", "https://example.org/" + "a".repeat(3000))), "sourceUrl");
    }

    @Test
    void aNameWithANewlineCannotForgeALogLine() {
        String text = SyntheticInterviews.article("bounds " + System.nanoTime(), 2);
        assertRestBadInput(postArticle(text, Map.of("name", "a.txt\n2026-01-01 INFO forged line")), "name");
        assertRestBadInput(postArticle(text, Map.of("name", "n".repeat(201))), "name");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedUpFront() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Response rest = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(big)
                .when()
                .post("/api/articles");
        assertRestBadInput(rest, "body");
        assertThat(rest.jsonPath().getString("message")).contains(String.valueOf(5 * 1024 * 1024));
    }

    @Test
    void aSearchOfTooManyWordsOrCharactersIsRefused() {
        String query = "query($q: String!) { search(query: $q) { totalCount } }";
        assertBadInput(GraphQL.post(query, Map.of("q", "w ".repeat(1100).strip())), "query", "500");
        assertBadInput(GraphQL.post(query, Map.of("q", "w ".repeat(40))), "query", "32");
        assertBadInput(GraphQL.post(query, Map.of("q", "x".repeat(2000))), "query", "500");
        // At the limits, a search still runs: 500 characters of hyphenated words stay under Lucene's clause limit.
        String hyphens = "ab-".repeat(166);
        assertThat(GraphQL.data(query, Map.of("q", hyphens)).getInt("data.search.totalCount"))
                .isNotNegative();
    }

    @Test
    void aForgedSearchCursorIsRefused() {
        String query = "query($after: String) { search(query: \"nato\", after: $after) { totalCount } }";
        for (String key : new String[] {"99999999999", "-3", "2147483648", "x"}) {
            assertBadInput(GraphQL.post(query, Map.of("after", cursor("SearchHit:" + key))), "after", "");
        }
        assertBadInput(GraphQL.post(query, Map.of("after", "A".repeat(3000))), "cursor", "100");
        // The client's text is quoted escaped, since the message may be logged too.
        String quoted = GraphQL.post(query, Map.of("after", "x\nINFO forged"))
                .extract()
                .jsonPath()
                .getString("errors[0].message");
        assertThat(quoted).contains("x\\nINFO forged").doesNotContain("\n");
    }

    @Test
    void aPageSizeBeyondTheIntRangeIsBadUserInputNotAWrappedNumber() {
        JsonPath literal = GraphQL.post("{ articles(first: 2147483648) { totalCount } }")
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(literal)).as(literal.prettify()).isEqualTo("BAD_USER_INPUT");
        assertThat(literal.getString("errors[0].message")).contains("first").contains("Int");
        assertClean(literal.prettify());

        JsonPath variable = GraphQL.post(
                        "query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", 2147483648L))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(variable)).as(variable.prettify()).isEqualTo("BAD_USER_INPUT");
        assertClean(variable.prettify());
    }

    @Test
    void anOverlongOrForeignIdIsBadUserInput() {
        assertBadInput(
                GraphQL.post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "Q".repeat(3000))), "ID", "100");
        assertBadInput(
                GraphQL.post("query($id: ID!) { node(id: $id) { id } }", Map.of("id", cursor("Secret:1"))),
                "id",
                "not a valid ID");
    }

    @Test
    void aQueryForWhatTheSchemaLacksGetsACode() {
        JsonPath unknown =
                GraphQL.post("{ articles { nodes { colour } } }").extract().jsonPath();
        assertThat(GraphQL.firstErrorCode(unknown)).as(unknown.prettify()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(unknown.getString("errors[0].message")).contains("colour");
        assertClean(unknown.prettify());
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedWithACode() {
        String deep =
                "{ exchanges(first: 1) { nodes { " + "next { ".repeat(15) + "ordinal" + " }".repeat(15) + " } } }";
        JsonPath body = GraphQL.post(deep).extract().jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).as(body.prettify()).isEqualTo("QUERY_REFUSED");
        assertClean(body.prettify());
    }

    @Test
    void aVariableOfTheWrongTypeIsBadUserInput() {
        JsonPath body = GraphQL.post("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", "ten"))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).as(body.prettify()).isEqualTo("BAD_USER_INPUT");
        assertThat(body.getString("errors[0].message")).contains("'first'").contains("Int");
        assertClean(body.prettify());
    }

    private static String cursor(String plain) {
        String prefixed = plain.startsWith("SearchHit") ? "cursor:" + plain : plain;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(prefixed.getBytes(StandardCharsets.UTF_8));
    }

    private static Response postArticle(String text, Map<String, String> query) {
        return GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .queryParams(query)
                .body(text)
                .when()
                .post("/api/articles");
    }

    /** The first error is BAD_USER_INPUT with a message naming the field and the limit; nothing internal shows. */
    static void assertBadInput(io.restassured.response.ValidatableResponse response, String field, String limit) {
        JsonPath body = response.extract().jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).as(body.prettify()).isEqualTo("BAD_USER_INPUT");
        assertThat(body.getString("errors[0].message")).contains(field).contains(limit);
        assertClean(body.prettify());
    }

    static void assertRestBadInput(Response response, String field) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error")).isEqualTo("BAD_USER_INPUT");
        assertThat(response.jsonPath().getString("message")).contains(field);
        assertClean(response.asString());
    }

    /** No Java class names, packages or stack traces in what a client sees. */
    static void assertClean(String body) {
        assertThat(body)
                .doesNotContain("java.")
                .doesNotContain("dev.colloquy")
                .doesNotContain("Exception")
                .doesNotContain("System error");
    }
}
