package dev.colloquy.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Posts GraphQL operations to /graphql over real HTTP, the way any client does, anonymously or as a user. */
public final class GraphQL {

    /** The local users of application.properties: an editor (also a teacher) and two teachers. */
    public static final String EDITOR = "edith";

    public static final String ALICE = "alice";
    public static final String BOB = "bob";

    private static final Client ANONYMOUS = new Client(null);

    private GraphQL() {}

    /** A client that signs every request in as this local user (HTTP basic). */
    public static Client as(String user) {
        return new Client(user);
    }

    /** A request signed in as the user (the local password is the name plus "-local"), or anonymous for null. */
    public static RequestSpecification request(String user) {
        RequestSpecification spec = given();
        return user == null ? spec : spec.auth().preemptive().basic(user, user + "-local");
    }

    /** Posts a query and checks the HTTP status only; the caller reads data or errors. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return ANONYMOUS.post(query, variables);
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** Posts a query that must succeed, and returns the whole response body for reading "data.…" paths. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        return ANONYMOUS.data(query, variables);
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The extensions.code of the first error, for tests of failures. */
    public static String firstErrorCode(JsonPath body) {
        return body.getString("errors[0].extensions.code");
    }

    /** Sends operations as one user. */
    public record Client(String user) {

        public ValidatableResponse post(String query, Map<String, Object> variables) {
            return request(user)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", query, "variables", variables))
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(200);
        }

        public JsonPath data(String query, Map<String, Object> variables) {
            JsonPath body = post(query, variables).extract().jsonPath();
            if (body.get("errors") != null) {
                throw new AssertionError("GraphQL errors: " + body.prettify());
            }
            return body;
        }

        public JsonPath data(String query) {
            return data(query, Map.of());
        }

        /** Posts an operation that must fail, and returns the code of its first error. */
        public String errorCode(String query, Map<String, Object> variables) {
            return firstErrorCode(post(query, variables).extract().jsonPath());
        }
    }
}
