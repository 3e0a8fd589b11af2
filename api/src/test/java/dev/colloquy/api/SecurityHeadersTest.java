package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML the service serves cannot be framed, sniffed or made to load and run things from elsewhere. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void theGraphQLUiMayLoadOnlyItsOwnFilesAndTalkOnlyToTheService() {
        Response page = RestAssured.get("/q/graphql-ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertHardened(page);
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'", "connect-src 'self'", "font-src 'self' data:", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        // What the page loads is its own: no script or stylesheet from another host, and no inline script.
        String html = page.asString().replaceAll("(?s)<!--.*?-->", "");
        List<String> loaded = Pattern.compile("(?:src|href)=\"([^\"]*)\"")
                .matcher(html)
                .results()
                .map(found -> found.group(1))
                .toList();
        assertThat(loaded)
                .contains("graphiql.min.js", "render.js")
                .allSatisfy(address -> assertThat(address).doesNotContain(":").doesNotStartWith("//"));
        assertThat(html).doesNotContainPattern("<script>\\s*\\S");
        for (String file : List.of("graphiql.min.js", "render.js", "graphiql.min.css")) {
            assertThat(RestAssured.get("/q/graphql-ui/" + file).statusCode())
                    .as(file)
                    .isEqualTo(200);
        }
    }

    @Test
    void aHandoutRunsNothingAndLoadsNothing() {
        String lesson = Lessons.create(GraphQL.ALICE, "Headers");
        Response handout = GraphQL.request(GraphQL.ALICE).when().get("/api/lessons/" + lesson + "/handout.html");
        assertThat(handout.statusCode()).isEqualTo(200);
        assertThat(handout.contentType()).startsWith("text/html");
        assertHardened(handout);
        assertThat(handout.header("Content-Security-Policy"))
                .startsWith("default-src 'none'")
                .contains("style-src 'unsafe-inline'")
                .doesNotContain("script-src");
    }

    @Test
    void graphQLAnswersAndRefusalsCarryTheHeadersToo() {
        assertHardened(GraphQL.post("{ articles(first: 1) { totalCount } }", Map.of())
                .extract()
                .response());
        assertHardened(RestAssured.given().contentType("text/plain").body("{}").post("/graphql"));
    }

    private static void assertHardened(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.headers().getValues("Content-Security-Policy")).hasSize(1);
    }
}
