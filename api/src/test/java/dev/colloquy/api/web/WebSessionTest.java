package dev.colloquy.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web app's sessions: a form sign-in sets an HTTP-only cookie that GraphQL then recognises; sign-out ends it. */
@QuarkusTest
class WebSessionTest {

    private static final String VIEWER = "{ viewer { name roles } }";

    @TestHTTPResource("/")
    URL site;

    private static Response signIn(String user, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("j_username", user)
                .formParam("j_password", password)
                .when()
                .post("/j_security_check");
    }

    @Test
    void aFormSignInGivesAnHttpOnlyStrictCookieThatGraphQLRecognises() {
        Response signedIn = signIn("alice", "alice-local");

        signedIn.then().statusCode(200);
        String cookie = signedIn.getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("colloquy-session=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .doesNotContain("alice-local");
        given().cookie("colloquy-session", signedIn.getCookie("colloquy-session"))
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.viewer.name", equalTo("alice"))
                .body("data.viewer.roles", contains("teacher"));
    }

    @Test
    void aWrongPasswordIs401WithNoCookie() {
        Response refused = signIn("mallory", "guess");

        refused.then().statusCode(401);
        assertThat(refused.getCookie("colloquy-session")).isNull();
    }

    @Test
    void aCookieTheServiceDidNotMakeIsNobody() {
        given().cookie("colloquy-session", "forged-by-hand")
                .contentType(ContentType.JSON)
                .body(Map.of("query", VIEWER))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.viewer.name", nullValue());
    }

    @Test
    void signingOutExpiresTheCookie() {
        Response out = given().contentType(ContentType.JSON).when().post("/api/session/sign-out");

        out.then().statusCode(204);
        assertThat(out.getHeader("Set-Cookie"))
                .startsWith("colloquy-session=;")
                .containsIgnoringCase("Max-Age=0")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void anotherSiteCannotSignABrowserIn() {
        given().header("Origin", "https://attacker.example")
                .contentType(ContentType.URLENC)
                .formParam("j_username", "alice")
                .formParam("j_password", "alice-local")
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(403)
                .body("error", equalTo("FOREIGN_ORIGIN"));
    }
}
