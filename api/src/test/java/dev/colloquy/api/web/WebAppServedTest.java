package dev.colloquy.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The web app at / and the contract operations it loads, served with a policy that runs the app's own scripts only. */
@QuarkusTest
class WebAppServedTest {

    private static final Path OPERATIONS = Path.of("../frontend-contract/src/main/resources/graphql/operations");

    @Test
    void theAppIsServedAtTheRootWithAScriptPolicyOfItsOwn() {
        String policy = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/app/main.js"))
                .extract()
                .header("Content-Security-Policy");

        assertThat(policy)
                .contains("script-src 'self'")
                .contains("connect-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        given().when().get("/app/main.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void theOperationsAreTheContractsFilesByteForByte() throws Exception {
        for (String name : new String[] {"InterviewReader", "signed-in/AddExcerpt"}) {
            String served = given().when()
                    .get("/contract/operations/" + name + ".graphql")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();

            assertThat(served).isEqualTo(Files.readString(OPERATIONS.resolve(name + ".graphql")));
        }
    }

    @Test
    void otherPagesKeepThePolicyThatRunsNoScript() {
        String policy = given().when().get("/q/health").then().extract().header("Content-Security-Policy");

        assertThat(policy).startsWith("default-src 'none'").doesNotContain("script-src");
    }
}
