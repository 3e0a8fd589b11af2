package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The importer's NOT_UTF8 warning reaches the client who posted a Latin-1 document, and is kept with it. */
@QuarkusTest
class NotUtf8ImportTest {

    @Test
    void aLatin1InterviewIsImportedWithTheNotUtf8Warning() {
        String text = SyntheticInterviews.article(
                        "the café of Señora Núñez "
                                + UUID.randomUUID().toString().substring(0, 8),
                        3)
                .replace("We met her", "Élna's café: we met her");
        byte[] latin1 = text.getBytes(Charset.forName("ISO-8859-1"));

        JsonPath rest = GraphQL.request(GraphQL.EDITOR)
                .contentType("text/plain")
                .body(latin1)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        List<Map<String, Object>> warnings = rest.getList("warnings");
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.get("code")).isEqualTo("NOT_UTF8");
            assertThat((String) w.get("message")).contains("0xE9");
            assertThat(w.get("line")).isEqualTo(1);
        });

        // The text was read right (é is é, not a replacement character), and the warning is stored with it:
        // the same text sent through GraphQL finds that import and lists the warning too.
        JsonPath graph = GraphQL.as(GraphQL.EDITOR).data(ImportTestSupport.IMPORT, Map.of("text", text));
        assertThat(graph.getBoolean("data.importArticle.created")).isFalse();
        assertThat(graph.getString("data.importArticle.article.headline")).contains("café of Señora Núñez");
        assertThat(graph.<String>getList("data.importArticle.warnings.code")).contains("NOT_UTF8");
    }
}
