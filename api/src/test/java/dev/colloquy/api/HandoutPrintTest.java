package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The handout as a teacher prints it, over HTTP: paper sizes, page numbers, name and date line, answer lines,
 * headings that read like hers, interviewer and interviewee credited, citations with corrected metadata, the
 * display name; and an editor's metadata corrections with their errors.
 */
@QuarkusTest
class HandoutPrintTest {

    @Inject
    TestData data;

    private static final String CORRECT = """
            mutation($in: CorrectArticleMetadataInput!) { correctArticleMetadata(input: $in) {
              publishedOn author publication sourceUrl corrected } }""";

    @Test
    void printsAHandoutATeacherCanHandOut() {
        String articleId = articleId();
        GraphQL.as(GraphQL.EDITOR)
                .data(
                        CORRECT,
                        Map.of(
                                "in",
                                Map.of(
                                        "articleId",
                                        articleId,
                                        "publishedOn",
                                        "2024-12-09",
                                        "sourceUrl",
                                        "https://www.majalla.com/node/323323/rutte")));
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        String lesson = Lessons.create(GraphQL.ALICE, "NATO and its allies");
        String excerpt = Lessons.addExchange(
                GraphQL.ALICE, lesson, (String) exchanges.get(12).get("id"), null, null);
        GraphQL.as(GraphQL.ALICE)
                .data(
                        Lessons.ANNOTATE,
                        Map.of(
                                "id",
                                excerpt,
                                "n",
                                "Read aloud.",
                                "q",
                                List.of("Which countries does Rutte name?", "Why do they matter?")));

        String a4 = GraphQL.request(GraphQL.ALICE)
                .when()
                .get("/api/lessons/" + lesson + "/handout.html")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(a4)
                .contains(
                        "size: A4;",
                        "counter(page)",
                        "Name: <span></span> Date: <span></span>",
                        "Prepared by Alice Martin",
                        "break-after: avoid",
                        "<div class=\"lines\"><div></div>")
                .doesNotContain("Prepared by alice", "exchange 13", "<script");
        assertThat(a4)
                .contains(
                        "<h2>1. Mark Rutte on \u201C",
                        "Mark Rutte interviewed by Ibrahim Hamidi",
                        "Ibrahim Hamidi asked:</strong>",
                        "Al Majalla, 9 December 2024");
        assertThat(a4)
                .contains("APA: Rutte, M. (2024, December 9). Interview by I. Hamidi.", "<i>Al Majalla</i>")
                .doesNotContain("n.d.");
        assertThat(a4).containsPattern("Reading level: about (A1|A2|B1|B2|C1|C2) \\(CEFR, estimated\\) · UK Year \\d+");
        assertThat(a4.split("class=\"lines\"", -1)).hasSize(3);

        String letter = GraphQL.request(GraphQL.ALICE)
                .when()
                .get("/api/lessons/" + lesson + "/handout.html?paper=letter")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(letter).contains("size: letter;").doesNotContain("size: A4;");
        assertThat(GraphQL.request(GraphQL.ALICE)
                        .when()
                        .get("/api/lessons/" + lesson + "/handout.html?paper=a5")
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("error"))
                .isEqualTo("BAD_USER_INPUT");

        JsonPath both = GraphQL.as(GraphQL.ALICE).data("""
                query($id: ID!) { lesson(id: $id) { a4: html letter: html(paper: LETTER) markdown
                  excerpts { interviewer interviewee citations { apa apaHtml mla chicago }
                    readingLevel { cefr ukYear ukYearLabel uncommonWordShare fleschKincaidGrade } } } }""", Map.of("id", lesson));
        assertThat(both.getString("data.lesson.a4")).contains("size: A4;");
        assertThat(both.getString("data.lesson.letter")).contains("size: letter;");
        assertThat(both.getString("data.lesson.markdown"))
                .contains(
                        "*Prepared by Alice Martin*",
                        "Interview by I. Hamidi.",
                        "*Al Majalla*. https://www.majalla.com/node/323323/rutte");
        assertThat(both.getString("data.lesson.excerpts[0].interviewer")).isEqualTo("Ibrahim Hamidi");
        assertThat(both.getString("data.lesson.excerpts[0].citations.apaHtml")).contains("<i>Al Majalla</i>");
        assertThat(both.getString("data.lesson.excerpts[0].citations.mla"))
                .startsWith("Rutte, Mark. \u201C")
                .contains("Interview by Ibrahim Hamidi. Al Majalla, 9 Dec. 2024");
        double grade = both.getDouble("data.lesson.excerpts[0].readingLevel.fleschKincaidGrade");
        assertThat(both.getInt("data.lesson.excerpts[0].readingLevel.ukYear"))
                .isEqualTo((int) Math.min(13, Math.round(grade) + 1));
        assertThat(both.getString("data.lesson.excerpts[0].readingLevel.cefr")).matches("A1|A2|B1|B2|C1|C2");

        assertThat(GraphQL.as(GraphQL.ALICE)
                        .data("{ viewer { name displayName } }")
                        .getString("data.viewer.displayName"))
                .isEqualTo("Alice Martin");
        assertThat(GraphQL.as(GraphQL.BOB).data("{ viewer { displayName } }").getString("data.viewer.displayName"))
                .isEqualTo("bob");
    }

    @Test
    void aPassageThatCutsWordsIsWidenedToWholeSentences() {
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        Map<String, Object> answer = Lessons.paragraph(exchanges.get(3), "answer", 0);
        String text = (String) answer.get("text");
        int paragraphStart = (int) answer.get("start");
        int cut = text.indexOf("nti-missile systems");
        String lesson = Lessons.create(GraphQL.ALICE, "Snapped");
        Lessons.addExchange(
                GraphQL.ALICE,
                lesson,
                (String) exchanges.get(3).get("id"),
                paragraphStart + cut,
                paragraphStart + cut + 10);
        JsonPath read = Lessons.get(GraphQL.ALICE, lesson);
        String excerpt = read.getString("data.lesson.excerpts[0].text");
        assertThat(excerpt).isEqualTo("That means anti-missile systems but also offensive systems.");
        int start = read.getInt("data.lesson.excerpts[0].selectors.position.start");
        int end = read.getInt("data.lesson.excerpts[0].selectors.position.end");
        String source = data.sourceText(SampleArticleTest.SAMPLE_SLUG);
        assertThat(source.substring(start, end)).isEqualTo(excerpt);
    }

    @Test
    void correctionsNeedAnEditorAndValidValues() {
        String articleId = articleId();
        assertThat(GraphQL.as(null).errorCode(CORRECT, input(articleId, "author", "Ibrahim Hamidi")))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQL.as(GraphQL.ALICE).errorCode(CORRECT, input(articleId, "author", "X")))
                .isEqualTo("FORBIDDEN");
        JsonPath badDate = GraphQL.as(GraphQL.EDITOR)
                .post(CORRECT, input(articleId, "publishedOn", "9 December 2024"))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(badDate)).isEqualTo("BAD_USER_INPUT");
        assertThat(badDate.getString("errors[0].message")).contains("input.publishedOn");
        JsonPath badUrl = GraphQL.as(GraphQL.EDITOR)
                .post(CORRECT, input(articleId, "sourceUrl", "javascript:alert(1)"))
                .extract()
                .jsonPath();
        assertThat(badUrl.getString("errors[0].message")).contains("input.sourceUrl");
        assertThat(GraphQL.as(GraphQL.EDITOR).errorCode(CORRECT, input(articleId, "author", "x".repeat(201))))
                .isEqualTo("BAD_USER_INPUT");
        assertThat(GraphQL.as(GraphQL.EDITOR).errorCode(CORRECT, input("QXJ0aWNsZTo5OTk5OQ", "author", "X")))
                .isIn("NOT_FOUND", "BAD_USER_INPUT");

        JsonPath corrected = GraphQL.as(GraphQL.EDITOR).data(CORRECT, input(articleId, "author", "Ibrahim Hamidi"));
        assertThat(corrected.getString("data.correctArticleMetadata.author")).isEqualTo("Ibrahim Hamidi");
        assertThat(corrected.getBoolean("data.correctArticleMetadata.corrected"))
                .isTrue();
    }

    private static Map<String, Object> input(String articleId, String field, String value) {
        Map<String, Object> in = new HashMap<>(Map.of("articleId", articleId));
        in.put(field, value);
        return Map.of("in", in);
    }

    private static String articleId() {
        return GraphQL.data(
                        "query($slug: String!) { article(slug: $slug) { id } }",
                        Map.of("slug", SampleArticleTest.SAMPLE_SLUG))
                .getString("data.article.id");
    }
}
