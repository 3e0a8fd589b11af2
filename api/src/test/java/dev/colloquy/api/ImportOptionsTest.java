package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.source.Origin;
import dev.colloquy.importer.ImportOptions;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.layout.Layout;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The importer's options (its command line's --layout and --strict) over REST and GraphQL: a strict import of a
 * document the importer is unsure of is refused with a code, a lenient one succeeds with the warnings, and a
 * forced layout reads the document as the importer (and so the CLI) reads it under that layout.
 */
@QuarkusTest
class ImportOptionsTest {

    private static final String IMPORT = """
            mutation Import($text: String!, $options: ImportOptionsInput) {
              importArticle(text: $text, options: $options) {
                created exchangeCount
                article { slug interview { exchanges(first: 100) { nodes { question { text } } } } }
                warnings { code line }
              }
            }""";

    /**
     * A front matter naming a layout a letter off one the importer knows (a slip for "unlabelled"): it warns
     * (BAD_FRONT_MATTER) and imports the rest.
     */
    private static String unsure() {
        return "---\nlayout: unlabeled\n---\n" + SyntheticInterviews.article("unsure " + tag(), 3);
    }

    /**
     * The synthetic interview with its questions in Markdown bold, posted without a name or front matter: the
     * importer reads it as plain text (asterisks kept) unless the markdown layout is forced.
     */
    private static String boldQuestions() {
        String text = SyntheticInterviews.article("bold " + tag(), 3);
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            out.append(paragraph.endsWith("?") ? "**" + paragraph + "**" : paragraph)
                    .append("\n\n");
        }
        return out.toString();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aStrictRestImportOfAnUnsureDocumentIsRefusedAndALenientOneKeepsTheWarnings() {
        String text = unsure();
        int before = ImportTestSupport.articleCount();
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("strict", "true")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("error", equalTo("IMPORT_UNSURE"))
                .body("message", containsString("BAD_FRONT_MATTER"));
        assertThat(ImportTestSupport.articleCount()).isEqualTo(before);

        JsonPath lenient = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("strict", "false")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(lenient.<String>getList("warnings.code")).contains("BAD_FRONT_MATTER");

        // Known now, but still unsure: strict refuses it again rather than passing the stored warnings.
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("strict", "true")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("error", equalTo("IMPORT_UNSURE"));
    }

    @Test
    void aStrictGraphQLImportOfAnUnsureDocumentIsRefusedAndALenientOneKeepsTheWarnings() {
        String text = unsure();
        JsonPath strict = GraphQL.as(GraphQL.EDITOR)
                .post(IMPORT, Map.of("text", text, "options", Map.of("strict", true)))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(strict)).isEqualTo("IMPORT_UNSURE");
        assertThat(strict.getString("errors[0].message")).contains("strict").doesNotContain("Exception");

        JsonPath lenient =
                GraphQL.as(GraphQL.EDITOR).data(IMPORT, Map.of("text", text, "options", Map.of("strict", false)));
        assertThat(lenient.getBoolean("data.importArticle.created")).isTrue();
        assertThat(lenient.<String>getList("data.importArticle.warnings.code")).contains("BAD_FRONT_MATTER");
    }

    @Test
    void aForcedLayoutChangesTheReadingAsInTheImporter() throws Exception {
        String text = boldQuestions();
        List<String> detected = questions(text, ImportOptions.DETECT);
        List<String> markdown = questions(text, new ImportOptions(Layout.MARKDOWN));
        assertThat(markdown).as("the layout must matter for this document").isNotEqualTo(detected);

        JsonPath forced =
                GraphQL.as(GraphQL.EDITOR).data(IMPORT, Map.of("text", text, "options", Map.of("layout", "MARKDOWN")));
        assertThat(forced.<String>getList("data.importArticle.article.interview.exchanges.nodes.question.text"))
                .isEqualTo(markdown);

        String other = text.replace("Talking shop", "Talking again");
        JsonPath rest = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(other)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath read = GraphQL.data(
                "query($slug: String!) { article(slug: $slug) { interview {"
                        + " exchanges(first: 100) { nodes { question { text } } } } } }",
                Map.of("slug", rest.getString("slug")));
        assertThat(read.<String>getList("data.article.interview.exchanges.nodes.question.text"))
                .isEqualTo(questions(other, ImportOptions.DETECT));

        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(other.replace("again", "thrice"))
                .queryParam("layout", "markdown")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body(
                        "exchanges",
                        equalTo(questions(other, new ImportOptions(Layout.MARKDOWN))
                                .size()));
    }

    @Test
    void anUnknownLayoutOrStrictValueIsBadUserInput() {
        String text = SyntheticInterviews.article("bad options " + tag(), 2);
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("layout", "sideways")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"))
                .body("message", containsString("layout"));
        GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(text)
                .queryParam("strict", "maybe")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("error", equalTo("BAD_USER_INPUT"))
                .body("message", containsString("strict"));
        JsonPath graph = GraphQL.as(GraphQL.EDITOR)
                .post(IMPORT, Map.of("text", text, "options", Map.of("layout", "SIDEWAYS")))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(graph)).isEqualTo("BAD_USER_INPUT");
    }

    /** The questions as the importer itself reads them with these options: what the CLI would print. */
    private static List<String> questions(String text, ImportOptions options) throws Exception {
        ParsedArticle parsed = Importer.standard()
                .parse(text.getBytes(StandardCharsets.UTF_8), new Origin("options test", null, null), options);
        return parsed.interview().exchanges().stream()
                .map(e -> e.question().text())
                .toList();
    }
}
