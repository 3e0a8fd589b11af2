package dev.colloquy.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Runs the contract's operations with the variables of their NAME.variables.json files. IDs are database
 * keys in disguise, so a file cannot spell them out: a variable may instead be
 * {"fromAnswerOf": "OtherOperation", "at": "/json/pointer/into/its/answer"}, and the other operation runs
 * first. Each operation runs once; its answer is kept for the operations that refer to it.
 */
public final class OperationRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Operation> operations;
    private final BiFunction<Operation, JsonNode, JsonNode> executor;
    private final Map<String, JsonNode> answers = new HashMap<>();
    private final Set<String> running = new HashSet<>();

    /** The executor sends an operation with its resolved variables and returns the whole answer. */
    public OperationRunner(List<Operation> operations, BiFunction<Operation, JsonNode, JsonNode> executor) {
        this.operations = operations.stream().collect(Collectors.toMap(Operation::name, o -> o));
        this.executor = executor;
    }

    /** The answer of the named operation. */
    public JsonNode answer(String name) {
        // Not computeIfAbsent: running one operation may first run (and store) the ones it refers to.
        JsonNode known = answers.get(name);
        if (known == null) {
            known = run(name);
            answers.put(name, known);
        }
        return known;
    }

    /** The variables an operation is sent with, after references are replaced by values from other answers. */
    public JsonNode variables(String name) {
        Operation operation = require(name, name);
        ObjectNode resolved = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = parse(operation).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            resolved.set(field.getKey(), resolve(name, field.getKey(), field.getValue()));
        }
        return resolved;
    }

    private JsonNode run(String name) {
        if (!running.add(name)) {
            throw new IllegalStateException(name + ".variables.json: its references go round in a circle");
        }
        try {
            return executor.apply(require(name, name), variables(name));
        } finally {
            running.remove(name);
        }
    }

    private JsonNode resolve(String operation, String variable, JsonNode value) {
        if (!value.isObject() || !value.has("fromAnswerOf")) {
            return value;
        }
        String source = value.path("fromAnswerOf").asText();
        String pointer = value.path("at").asText();
        require(source, operation);
        JsonNode found = answer(source).at(pointer);
        if (found.isMissingNode() || found.isNull()) {
            throw new IllegalStateException(operation + ".variables.json: $" + variable + " is taken from " + pointer
                    + " of " + source + "'s answer, which has nothing there");
        }
        return found;
    }

    private Operation require(String name, String referrer) {
        Operation operation = operations.get(name);
        if (operation == null) {
            throw new IllegalStateException(referrer + ": there is no operation " + name + " to take a value from");
        }
        return operation;
    }

    private static JsonNode parse(Operation operation) {
        try {
            return JSON.readTree(operation.variablesJson());
        } catch (IOException e) {
            throw new UncheckedIOException(operation.name() + ".variables.json is not JSON", e);
        }
    }
}
