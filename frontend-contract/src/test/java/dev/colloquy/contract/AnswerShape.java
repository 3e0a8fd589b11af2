package dev.colloquy.contract;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an answer against the selection that asked for it: every selected field is present in every object
 * (by alias when it has one), and the answer is not empty: no errors, every top-level field is non-null and
 * every connection page ("edges") holds at least one item. Fields inside fragments may be absent, since a
 * fragment applies to some types only. Also counts the values it walked, for the report.
 */
public final class AnswerShape {

    private final Map<String, FragmentDefinition> fragments;
    private final List<String> problems = new ArrayList<>();
    private int values;

    private AnswerShape(Document document) {
        this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
    }

    /** The problems of one answer, with JSON paths; empty when the answer has the shape the operation asks for. */
    public static Result check(Operation operation, JsonNode answer) {
        Document document = OperationValidator.parse(operation);
        AnswerShape shape = new AnswerShape(document);
        if (answer.has("errors")) {
            shape.problems.add("errors: " + answer.get("errors"));
        }
        JsonNode data = answer.path("data");
        if (!data.isObject()) {
            shape.problems.add("no data");
            return new Result(shape.problems, 0);
        }
        SelectionSet root =
                document.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet();
        for (Selection<?> selection : root.getSelections()) {
            if (selection instanceof Field field && data.path(key(field)).isNull()) {
                shape.problems.add("/data/" + key(field) + " is null");
            }
        }
        shape.walk(root, data, "/data", false);
        return new Result(shape.problems, shape.values);
    }

    /** What the check found: the problems, and how many values the answer holds. */
    public record Result(List<String> problems, int values) {}

    private void walk(SelectionSet selections, JsonNode object, String path, boolean optional) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                String key = key(field);
                if (!object.has(key)) {
                    if (!optional) {
                        problems.add(path + "/" + key + " is missing");
                    }
                    continue;
                }
                value(field, object.get(key), path + "/" + key);
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), object, path, true);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                walk(fragments.get(spread.getName()).getSelectionSet(), object, path, true);
            }
        }
    }

    private void value(Field field, JsonNode value, String path) {
        values++;
        if (value.isArray()) {
            if (field.getName().equals("edges") && value.isEmpty()) {
                problems.add(path + " is an empty page");
            }
            for (int i = 0; i < value.size(); i++) {
                value(field, value.get(i), path + "/" + i);
            }
        } else if (value.isObject() && field.getSelectionSet() != null) {
            walk(field.getSelectionSet(), value, path, false);
        }
    }

    private static String key(Field field) {
        return field.getAlias() != null ? field.getAlias() : field.getName();
    }
}
