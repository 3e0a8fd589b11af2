package dev.colloquy.api.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Repeated wrong passwords pause sign-ins for that user from that address, even with the right password. */
@QuarkusTest
class SignInThrottlingTest {

    private static final String VIEWER = "{ viewer { name } }";

    @Test
    void fiveWrongPasswordsPauseTheRightOneToo() {
        // trudy's password is "bob-local" (see application.properties); she exists for this test alone.
        signIn("bob-local").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            signIn("guess-" + i).then().statusCode(401);
        }
        signIn("bob-local").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("bob", "bob-local")
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response signIn(String password) {
        return given().auth()
                .preemptive()
                .basic("trudy", password)
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql");
    }
}
