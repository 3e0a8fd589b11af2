package dev.colloquy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on answers and the resolution of variables, on answers made up here rather than served. */
class AnswerChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Operation LIST =
            new Operation("List", "query List { articles { totalCount edges { node { id slug } } } }", "{}");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aCompleteAnswerPasses() throws Exception {
        JsonNode answer = json("""
                {"data": {"articles": {"totalCount": 1, "edges": [{"node": {"id": "QXJ0aWNsZTox", "slug": "a"}}]}}}""");

        assertThat(AnswerShape.check(LIST, answer).problems()).isEmpty();
    }

    @Test
    void aMissingFieldAnEmptyPageAndErrorsFail() throws Exception {
        JsonNode missing = json("""
                {"data": {"articles": {"totalCount": 1, "edges": [{"node": {"id": "QXJ0aWNsZTox"}}]}}}""");
        JsonNode empty = json("""
                {"data": {"articles": {"totalCount": 0, "edges": []}}}""");
        JsonNode failed = json("""
                {"errors": [{"message": "boom"}], "data": null}""");

        assertThat(AnswerShape.check(LIST, missing).problems())
                .containsExactly("/data/articles/edges/0/node/slug is missing");
        assertThat(AnswerShape.check(LIST, empty).problems()).containsExactly("/data/articles/edges is an empty page");
        assertThat(AnswerShape.check(LIST, failed).problems())
                .containsExactly("errors: [{\"message\":\"boom\"}]", "no data");
    }

    @Test
    void aVariableIsTakenFromTheAnswerItPointsInto() {
        List<String> sent = new ArrayList<>();
        Operation first = new Operation("First", "query First { articles { totalCount } }", "{}");
        Operation second = new Operation(
                "Second",
                "query Second($id: ID!) { node(id: $id) { id } }",
                "{\"id\": {\"fromAnswerOf\": \"First\", \"at\": \"/data/id\"}}");
        OperationRunner runner = new OperationRunner(List.of(second, first), (operation, variables) -> {
            sent.add(operation.name() + " " + variables);
            return JSON.createObjectNode().set("data", JSON.createObjectNode().put("id", "SWQ6Nw"));
        });

        runner.answer("Second");
        runner.answer("First");

        assertThat(sent).containsExactly("First {}", "Second {\"id\":\"SWQ6Nw\"}");
    }

    @Test
    void aPointerIntoNothingFailsNamingTheFile() {
        Operation first = new Operation("First", "query First { articles { totalCount } }", "{}");
        Operation second = new Operation(
                "Second",
                "query Second($id: ID!) { node(id: $id) { id } }",
                "{\"id\": {\"fromAnswerOf\": \"First\", \"at\": \"/data/articles/edges/9/node/id\"}}");
        OperationRunner runner =
                new OperationRunner(List.of(first, second), (operation, variables) -> JSON.createObjectNode());

        assertThatThrownBy(() -> runner.answer("Second"))
                .hasMessage("Second.variables.json: $id is taken from"
                        + " /data/articles/edges/9/node/id of First's answer, which has nothing there");
    }
}
