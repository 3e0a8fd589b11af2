package dev.colloquy.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The production profile as shipped: no built-in users, and listening on loopback only. */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
class ProductionProfileTest {

    /**
     * The prod profile, with only the database, the search index (in memory: an empty directory setting) and port
     * moved out of the way of other tests.
     */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:colloquy-prod-profile;DB_CLOSE_DELAY=-1",
                    "colloquy.search.index-dir",
                    "",
                    "quarkus.http.test-port",
                    "0");
        }
    }

    @Test
    void theDevelopmentUsersDoNotExist() {
        for (String user : new String[] {"edith", "alice", "bob"}) {
            given().auth()
                    .preemptive()
                    .basic(user, user + "-local")
                    .contentType(ContentType.TEXT)
                    .body("Q: Hello?\nA: Hello.")
                    .when()
                    .post("/api/articles")
                    .then()
                    .statusCode(401);
        }
        assertThat(ConfigProvider.getConfig().getPropertyNames())
                .noneMatch(name -> name.startsWith("colloquy.security.users."));
    }

    @Test
    void readingNeedsNoAccount() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ viewer { name roles } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    @Test
    void itListensOnLoopbackUnlessToldOtherwise() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.http.host", String.class))
                .isEqualTo("127.0.0.1");
    }
}
