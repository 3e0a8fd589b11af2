package dev.colloquy.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Posts GraphQL operations to /graphql over real HTTP, the way any client does. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Posts a query and checks the HTTP status only; the caller reads data or errors. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** Posts a query that must succeed, and returns the whole response body for reading "data.…" paths. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath body = post(query, variables).extract().jsonPath();
        if (body.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + body.prettify());
        }
        return body;
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The extensions.code of the first error, for tests of failures. */
    public static String firstErrorCode(JsonPath body) {
        return body.getString("errors[0].extensions.code");
    }
}
