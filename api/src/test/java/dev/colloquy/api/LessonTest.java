package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A teacher builds a lesson from the sample, reorders it and exports it, with citations, in both formats. */
@QuarkusTest
class LessonTest {

    @Test
    void buildsReordersAndExportsALesson() {
        List<Map<String, Object>> exchanges = Lessons.exchanges(SampleArticleTest.SAMPLE_SLUG);
        Map<String, Object> e13 = exchanges.get(12);
        Map<String, Object> e4 = exchanges.get(3);
        Map<String, Object> answer4 = Lessons.paragraph(e4, "answer", 0);
        // A passage marked mid-sentence is widened to its whole sentence (see HandoutPrintTest).
        String words = "That means anti-missile systems but also offensive systems.";
        int start = (int) answer4.get("start") + ((String) answer4.get("text")).indexOf(words);
        int marked = start + "That means ".length();
        String quoteId = GraphQL.data("""
                query($slug: String!) { quotes(first: 100, filter: {articleSlug: $slug}) { nodes { id similarity } } }""", Map.of("slug", SampleArticleTest.SAMPLE_SLUG))
                .<Map<String, Object>>getList("data.quotes.nodes")
                .stream()
                .filter(q -> q.get("similarity") != null)
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();

        JsonPath compared = GraphQL.data(
                "query($id: ID!) { compareQuote(quoteId: $id) { quoted passage similarity } }", Map.of("id", quoteId));
        assertThat(compared.getString("data.compareQuote.quoted")).isNotBlank();
        assertThat(compared.getString("data.compareQuote.passage")).isNotBlank();

        String lesson = Lessons.create(GraphQL.ALICE, "Missile defence in Europe");
        String whole = Lessons.addExchange(GraphQL.ALICE, lesson, (String) e13.get("id"), null, null);
        String passage =
                Lessons.addExchange(GraphQL.ALICE, lesson, (String) e4.get("id"), marked, start + words.length() - 1);
        String quote = GraphQL.as(GraphQL.ALICE)
                .data(
                        Lessons.ADD,
                        Map.of(
                                "in",
                                Map.of(
                                        "lessonId",
                                        lesson,
                                        "quoteId",
                                        quoteId,
                                        "note",
                                        "Compare the two.",
                                        "discussionQuestions",
                                        List.of("What did the article leave out?", "Why?"))))
                .getString("data.addExcerpt.id");
        GraphQL.as(GraphQL.ALICE)
                .data(
                        Lessons.ANNOTATE,
                        Map.of("id", whole, "n", "Read aloud.", "q", List.of("Which countries does Rutte name?")));
        GraphQL.as(GraphQL.ALICE)
                .data(
                        Lessons.VOCABULARY,
                        Map.of(
                                "id",
                                lesson,
                                "terms",
                                List.of(Map.of(
                                        "word",
                                        "deterrence",
                                        "definition",
                                        "discouraging an attack by the threat of a response"))));
        GraphQL.as(GraphQL.ALICE).data(Lessons.REORDER, Map.of("id", lesson, "ids", List.of(quote, passage, whole)));

        JsonPath read = Lessons.get(GraphQL.ALICE, lesson);
        assertThat(read.<String>getList("data.lesson.excerpts.id")).containsExactly(quote, passage, whole);
        assertThat(read.<Integer>getList("data.lesson.excerpts.position")).containsExactly(1, 2, 3);
        assertThat(read.<String>getList("data.lesson.excerpts.status")).containsOnly("UNCHANGED");
        assertThat(read.getString("data.lesson.excerpts[1].text")).isEqualTo(words);
        assertThat(read.getString("data.lesson.excerpts[1].selectors.quote.exact"))
                .isEqualTo(words);
        assertThat(read.getString("data.lesson.excerpts[1].selectors.quote.type"))
                .isEqualTo("TextQuoteSelector");
        assertThat(read.getString("data.lesson.excerpts[1].selectors.quote.prefix"))
                .hasSize(32);
        assertThat(read.getInt("data.lesson.excerpts[1].selectors.position.start"))
                .isEqualTo(start);
        assertThat(read.getInt("data.lesson.excerpts[1].wordCount")).isEqualTo(8);
        assertThat(read.getString("data.lesson.excerpts[1].question")).contains("peace plan");
        assertThat(read.getString("data.lesson.excerpts[1].speaker")).isEqualTo("Mark Rutte");
        assertThat(read.getBoolean("data.lesson.excerpts[2].wholeExchange")).isTrue();
        assertThat(read.getString("data.lesson.excerpts[2].text")).contains("missile defence");
        assertThat(read.getInt("data.lesson.excerpts[2].exchange.ordinal")).isEqualTo(13);
        assertThat(read.getDouble("data.lesson.excerpts[2].readingLevel.fleschKincaidGrade"))
                .isBetween(5.0, 20.0);
        assertThat(read.getDouble("data.lesson.excerpts[2].readingLevel.fleschReadingEase"))
                .isBetween(0.0, 100.0);
        assertThat(read.getString("data.lesson.excerpts[0].comparison.quoted")).isNotBlank();
        assertThat(read.getString("data.lesson.excerpts[0].comparison.passage"))
                .isEqualTo(read.getString("data.lesson.excerpts[0].text"))
                .isEqualTo(compared.getString("data.compareQuote.passage"));
        assertThat(read.getString("data.lesson.excerpts[0].comparison.quoted"))
                .isEqualTo(compared.getString("data.compareQuote.quoted"));
        String apa = read.getString("data.lesson.excerpts[2].citations.apa");
        assertThat(apa).contains("Al Majalla");
        assertThat(read.getString("data.lesson.excerpts[2].citations.mla")).startsWith("Rutte, Mark. \u201CMark Rutte");
        assertThat(read.getString("data.lesson.excerpts[2].citations.chicago")).contains("Al Majalla");

        String markdown = GraphQL.as(GraphQL.ALICE)
                .data("query($id: ID!) { lesson(id: $id) { markdown } }", Map.of("id", lesson))
                .getString("data.lesson.markdown");
        assertThat(markdown)
                .startsWith("# Missile defence in Europe")
                .contains(
                        "## Vocabulary",
                        "**deterrence**",
                        "## Sources",
                        "- APA: ",
                        "- MLA: ",
                        "- Chicago: ",
                        "**As the article put it:**",
                        "1. What did the article leave out?",
                        "Reading level: about ");
        assertThat(markdown.indexOf("anti-missile systems")).isLessThan(markdown.indexOf("missile defence"));

        String md = GraphQL.request(GraphQL.ALICE)
                .when()
                .get("/api/lessons/" + lesson + "/handout.md")
                .then()
                .statusCode(200)
                .contentType("text/markdown")
                .extract()
                .asString();
        assertThat(md).isEqualTo(markdown);
        String html = GraphQL.request(GraphQL.ALICE)
                .when()
                .get("/api/lessons/" + lesson + "/handout.html")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<title>Missile defence in Europe</title>",
                        "<h2>Sources</h2>",
                        "<dt>deterrence</dt>",
                        "@media print",
                        "<li>APA: ",
                        "size: A4");

        // Published, the handout is open to anyone; removing an excerpt closes the gap in the order.
        GraphQL.as(GraphQL.ALICE).data(Lessons.PUBLISH, Map.of("id", lesson, "p", true));
        GraphQL.request(null)
                .when()
                .get("/api/lessons/" + lesson + "/handout.html")
                .then()
                .statusCode(200);
        GraphQL.as(GraphQL.ALICE).data(Lessons.REMOVE, Map.of("id", passage));
        assertThat(Lessons.get(null, lesson).<Integer>getList("data.lesson.excerpts.position"))
                .containsExactly(1, 2);
        assertThat(GraphQL.data(
                                "query($id: ID!) { node(id: $id) { id ... on Excerpt { status } } }",
                                Map.of("id", whole))
                        .getString("data.node.status"))
                .isEqualTo("UNCHANGED");
        GraphQL.as(GraphQL.ALICE).data(Lessons.DELETE, Map.of("id", lesson));
        assertThat(Lessons.get(null, lesson).getString("data.lesson")).isNull();
    }
}
