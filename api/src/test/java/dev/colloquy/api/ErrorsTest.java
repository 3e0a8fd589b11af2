package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrong requests get GraphQL errors with a machine-readable extensions.code, never a server error. */
@QuarkusTest
class ErrorsTest {

    @Test
    void aMalformedQueryIsAGraphQLErrorNotA500() {
        JsonPath body =
                GraphQL.post("{ articles(first: 2) { nodes { slug } ").extract().jsonPath();
        assertThat(body.getList("errors")).isNotEmpty();
        assertThat(body.getString("errors[0].message")).startsWith("the query is not valid GraphQL");
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(body.getMap("errors[0].extensions")).containsOnlyKeys("code");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithACode() {
        JsonPath body = given().contentType(ContentType.JSON)
                .body("{\"query\": \"{ viewer { name } }\"")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(body.getString("errors[0].message")).contains("not JSON");
    }

    @Test
    void aWellFormedQueryStillPassesTheSyntaxCheck() {
        assertThat(GraphQL.data("{ viewer { roles } }").getList("data.viewer.roles"))
                .isEmpty();
    }

    @Test
    void anUnknownFieldIsAGraphQLError() {
        JsonPath body =
                GraphQL.post("{ articles { nodes { colour } } }").extract().jsonPath();
        assertThat(body.getList("errors")).isNotEmpty();
    }

    @Test
    void aPageOf101IsTooLarge() {
        JsonPath body = GraphQL.post("{ exchanges(first: 101) { totalCount } }")
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("PAGE_TOO_LARGE");
        assertThat(body.getString("errors[0].message")).contains("101").contains("100");
    }

    @Test
    void aNestedPageOf101IsTooLargeToo() {
        JsonPath body = GraphQL.post(
                        "{ articles(first: 1) { nodes { interview { exchanges(first: 101) { totalCount } } } } }")
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("PAGE_TOO_LARGE");
    }

    @Test
    void aNegativePageSizeIsBadUserInput() {
        JsonPath body =
                GraphQL.post("{ quotes(first: -1) { totalCount } }").extract().jsonPath();
        assertThat(GraphQL.firstErrorCode(body)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void anInvalidCursorIsBadUserInput() {
        JsonPath garbage = GraphQL.post("{ exchanges(after: \"not a cursor\") { totalCount } }")
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(garbage)).isEqualTo("BAD_USER_INPUT");

        String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString("cursor:Exchange:987654".getBytes());
        JsonPath missing = GraphQL.post(
                        "query($after: String) { exchanges(after: $after) { totalCount } }", Map.of("after", unknown))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(missing)).isEqualTo("BAD_USER_INPUT");

        String articleCursor = GraphQL.data("{ articles(first: 1) { pageInfo { endCursor } } }")
                .getString("data.articles.pageInfo.endCursor");
        JsonPath wrongList = GraphQL.post(
                        "query($after: String) { exchanges(after: $after) { totalCount } }",
                        Map.of("after", articleCursor))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(wrongList)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aMalformedExchangeIdIsBadUserInputAndAnUnknownOneNull() {
        JsonPath malformed =
                GraphQL.post("{ exchange(id: \"%%%\") { ordinal } }").extract().jsonPath();
        assertThat(GraphQL.firstErrorCode(malformed)).isEqualTo("BAD_USER_INPUT");

        String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString("Exchange:987654".getBytes());
        JsonPath missing = GraphQL.data("query($id: ID!) { exchange(id: $id) { ordinal } }", Map.of("id", unknown));
        assertThat((Object) missing.get("data.exchange")).isNull();

        String articleId =
                GraphQL.data("{ articles(first: 1) { nodes { id } } }").getString("data.articles.nodes[0].id");
        JsonPath wrongType = GraphQL.post("query($id: ID!) { exchange(id: $id) { ordinal } }", Map.of("id", articleId))
                .extract()
                .jsonPath();
        assertThat(GraphQL.firstErrorCode(wrongType)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        // 16 levels; the limit is 15, which the standard introspection query (14) needs.
        String deep = "{ exchanges(first: 1) { nodes { next { next { next { next { next { next { next { next { next {"
                + " next { next { next { next { ordinal } } } } } } } } } } } } } } } }";
        JsonPath body = GraphQL.post(deep).extract().jsonPath();
        assertThat(body.getList("errors")).isNotEmpty();
        assertThat((Object) body.get("data.exchanges")).isNull();
    }
}
