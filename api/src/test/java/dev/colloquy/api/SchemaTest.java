package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.equalTo;

import dev.colloquy.api.testing.LineDiff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served schema is the committed contract's, line for line, and describes every type, field and argument.
 * The contract module checks the same against the packaged jar; this catches a change in the api's own build.
 */
@QuarkusTest
class SchemaTest {

    /** The contract's schema, read from the sources as WebAppServedTest reads its operations. */
    private static final Path CONTRACT = Path.of("../frontend-contract/src/main/resources/graphql/schema.graphql");
    /** Where a differing served schema is written, to copy over the contract's after a deliberate change. */
    private static final Path SERVED = Path.of("target/served-schema.graphql");

    @Test
    void servesExactlyTheCommittedContractSchema() throws IOException {
        String served = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String diff = LineDiff.between(Files.readString(CONTRACT, StandardCharsets.UTF_8), served);
        if (!diff.isEmpty()) {
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
            fail("the served schema differs from " + CONTRACT + " (- committed, + served). If the change is"
                    + " deliberate and additive, copy " + SERVED + " over it and commit both.\n" + diff);
        }
    }

    @Test
    void publishesTheSketchedNames() {
        String sdl = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(sdl)
                .contains(
                        "interface Node",
                        "type PageInfo",
                        "type Article implements Node",
                        "type Interview implements Node",
                        "type Exchange implements Node",
                        "type Quote implements Node",
                        "type Entity implements Node",
                        "type ArticleConnection",
                        "type ExchangeConnection",
                        "type QuoteConnection",
                        "type EntityConnection",
                        "type ExchangeEdge",
                        "type Turn",
                        "type Paragraph",
                        "type Speaker",
                        "type Image",
                        "enum QuoteKind",
                        "enum EntityType",
                        "input ExchangeFilter",
                        "input QuoteFilter",
                        "input EntityFilter");
    }

    @Test
    void everyTypeFieldAndArgumentHasADescription() {
        JsonPath schema = GraphQL.data("""
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : schema.<Map<String, Object>>getList("data.__schema.types")) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            check(undescribed, name, type);
            for (String list : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> member : listOf(type.get(list))) {
                    check(undescribed, name + "." + member.get("name"), member);
                    for (Map<String, Object> arg : listOf(member.get("args"))) {
                        check(undescribed, name + "." + member.get("name") + "(" + arg.get("name") + ")", arg);
                    }
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void healthAndTheGraphQLUiAreServed() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/graphql-ui/").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> undescribed, String what, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(what);
        }
    }
}
