package dev.colloquy.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published schema keeps the names of the shared sketch, and describes every type, field and argument. */
@QuarkusTest
class SchemaTest {

    @Test
    void publishesTheSketchedNames() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertThat(sdl).contains("interface Node", "type PageInfo",
                "type Article implements Node", "type Interview implements Node", "type Exchange implements Node",
                "type Quote implements Node", "type Entity implements Node",
                "type ArticleConnection", "type ExchangeConnection", "type QuoteConnection", "type EntityConnection",
                "type ExchangeEdge", "type Turn", "type Paragraph", "type Speaker", "type Image",
                "enum QuoteKind", "enum EntityType", "input ExchangeFilter", "input QuoteFilter", "input EntityFilter");
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
