package dev.colloquy.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks operations against an SDL schema without any service: the schema is built with graphql-java's
 * un-executable wiring (types only, no resolvers), which is all validation needs. Each problem becomes one
 * line naming the operation, so a failing build says which file to fix.
 */
public final class OperationValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphQLSchema schema;

    public OperationValidator(String sdl) {
        this.schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** The problems of one operation; empty when a client may send it as it stands. */
    public List<String> problems(Operation operation) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(
                schema, ExecutionInput.newExecutionInput(operation.document()).build());
        List<String> problems = new ArrayList<>();
        if (result.getSyntaxException() != null) {
            problems.add(operation.name() + ": syntax error: "
                    + result.getSyntaxException().getMessage());
            return problems;
        }
        result.getValidationErrors().forEach(e -> problems.add(operation.name() + ": " + e.getMessage()));
        List<OperationDefinition> definitions = result.getDocument().getDefinitionsOfType(OperationDefinition.class);
        if (definitions.size() != 1
                || !operation.name().equals(definitions.get(0).getName())) {
            // Codegen names the generated types after the operation, and the tests find variables and fixtures
            // by file name: the two must agree.
            problems.add(operation.name() + ": the file must hold exactly one operation, named " + operation.name());
            return problems;
        }
        problems.addAll(variableProblems(operation, definitions.get(0)));
        return problems;
    }

    /** Every required variable is given in NAME.variables.json, and nothing else is. */
    private static List<String> variableProblems(Operation operation, OperationDefinition definition) {
        JsonNode given = parseVariables(operation);
        List<String> problems = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (VariableDefinition variable : definition.getVariableDefinitions()) {
            declared.add(variable.getName());
            boolean required = variable.getType() instanceof NonNullType && variable.getDefaultValue() == null;
            if (required && !given.has(variable.getName())) {
                problems.add(operation.name() + ": required variable $" + variable.getName() + " is missing from "
                        + operation.name() + ".variables.json");
            }
        }
        given.fieldNames().forEachRemaining(name -> {
            if (!declared.contains(name)) {
                problems.add(operation.name() + ": " + operation.name() + ".variables.json gives $" + name
                        + ", which the operation does not declare");
            }
        });
        return problems;
    }

    private static JsonNode parseVariables(Operation operation) {
        try {
            return JSON.readTree(operation.variablesJson());
        } catch (IOException e) {
            throw new UncheckedIOException(operation.name() + ".variables.json is not JSON", e);
        }
    }

    /** The parsed document, for callers that walk the selection (the answer's shape check). */
    public static Document parse(Operation operation) {
        return ParseAndValidate.parse(
                        ExecutionInput.newExecutionInput(operation.document()).build())
                .getDocument();
    }
}
