package dev.colloquy.api.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.NamedNode;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.VariableReference;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.api.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Gives every GraphQL error an {@code extensions.code}, and keeps internals out of the answer.
 * <p>
 * The api's own exceptions carry {@link ErrorCode} and SmallRye formats them. Everything else would reach
 * the client as SmallRye and graphql-java shape it: an unexpected exception as "System error" with a code
 * made from its Java class name, an argument out of range (first: 2147483648) or a malformed query with no
 * code at all. This instrumentation rewrites those errors after execution: unexpected exceptions become
 * {@value #INTERNAL} with a fixed message (the exception is logged here instead), query and argument errors
 * get the codes below. It is added to SmallRye's own instrumentations (query depth and complexity) through
 * {@link GraphQLEngineSetup}.
 */
public final class ErrorCoding {

    /** An error of the service's own: the client cannot fix it, the log says what happened. */
    public static final String INTERNAL = "INTERNAL";
    /** The query is not GraphQL, where graphql-java finds it (SmallRye answers most such queries itself, uncoded). */
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The query asks for what the schema does not have. */
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** The query was refused before it ran: deeper or more complex than the configured limits. */
    public static final String QUERY_REFUSED = "QUERY_REFUSED";
    /** An argument or variable of the wrong type or out of its type's range, like any other bad input. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

    static final String INTERNAL_MESSAGE = "internal error: the service could not answer this; it has been logged";

    private static final Logger LOG = Logger.getLogger(ErrorCoding.class);
    private static final Pattern WRONG_ARGUMENT = Pattern.compile("argument '([^']+)'.* is not a valid '([^']+)'");

    private ErrorCoding() {}

    /** The error as the client should see it: unchanged when it already has a code. */
    static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable exception = fetching.getException();
            if (hasCode(exception)) {
                return error;
            }
            // SmallRye coerces arguments inside the fetcher: a value it cannot read is the client's mistake.
            return exception instanceof GraphQLError coercion && coercion.getErrorType() == ErrorType.ValidationError
                    ? withCode(
                            error,
                            "an argument of " + fetching.getPath() + " is not valid: " + coercion.getMessage(),
                            BAD_USER_INPUT)
                    : internal(fetching);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        if (error instanceof InvalidSyntaxError) {
            return withCode(error, error.getMessage(), PARSE_FAILED);
        }
        if (error instanceof ValidationError validation) {
            return validation.getValidationErrorType() == ValidationErrorType.WrongType
                    ? withCode(error, wrongArgument(error.getMessage()), BAD_USER_INPUT)
                    : withCode(error, error.getMessage(), VALIDATION_FAILED);
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError) {
            // Variables that cannot be coerced to their declared type, e.g. "ten" for an Int.
            return withCode(error, error.getMessage(), BAD_USER_INPUT);
        }
        if (type == ErrorType.ExecutionAborted) {
            return withCode(error, error.getMessage(), QUERY_REFUSED);
        }
        return withCode(error, INTERNAL_MESSAGE, INTERNAL);
    }

    private static boolean hasCode(Throwable exception) {
        return exception != null && exception.getClass().isAnnotationPresent(ErrorCode.class);
    }

    private static GraphQLError internal(ExceptionWhileDataFetching error) {
        LOG.errorf(error.getException(), "unexpected error resolving %s", error.getPath());
        return withCode(error, INTERNAL_MESSAGE, INTERNAL);
    }

    /** graphql-java's message quotes its own syntax-tree classes (IntValue{…}); say it in the schema's terms. */
    static String wrongArgument(String message) {
        Matcher m = WRONG_ARGUMENT.matcher(message);
        if (!m.find()) {
            return message;
        }
        String range = m.group(2).equals("Int") ? " (a whole number from -2147483648 to 2147483647)" : "";
        return "argument '" + m.group(1) + "' is not a valid " + m.group(2) + range;
    }

    private static GraphQLError withCode(GraphQLError error, String message, String code) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(classification(code))
                .extensions(Map.of("code", code))
                .build();
    }

    /**
     * graphql-java writes an error's classification into its extensions; its own names read like Java classes
     * ("DataFetchingException"), so the classification of a rewritten error is its code.
     */
    private static ErrorClassification classification(String code) {
        return ErrorClassification.errorClassification(code);
    }

    /**
     * BAD_USER_INPUT for an integer literal or Int variable outside the 32-bit range. SmallRye's Int would wrap it
     * (first: 2147483648 arrives as -2147483648), so it is refused before anything runs. The schema takes no
     * Float arguments, so every integer literal in a query is an Int.
     */
    static void requireIntRange(Document document, Map<String, Object> variables) {
        Set<String> intVariables = new HashSet<>();
        document.getDefinitionsOfType(OperationDefinition.class)
                .forEach(op -> op.getVariableDefinitions().stream()
                        .filter(v ->
                                "Int".equals(TypeUtil.unwrapAll(v.getType()).getName()))
                        .forEach(v -> intVariables.add(v.getName())));
        List<GraphQLError> errors = new ArrayList<>();
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitIntValue(IntValue node, TraverserContext<Node> context) {
                                String name = context.getParentNode() instanceof NamedNode<?> named
                                        ? named.getName()
                                        : "a value";
                                outOfRange(name, node.getValue(), node.getSourceLocation())
                                        .ifPresent(errors::add);
                                return TraversalControl.CONTINUE;
                            }

                            @Override
                            public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                                if (node.getValue() instanceof VariableReference ref
                                        && intVariables.contains(ref.getName())
                                        && variables.get(ref.getName()) instanceof Number n) {
                                    outOfRange(
                                                    node.getName(),
                                                    new BigDecimal(n.toString()).toBigInteger(),
                                                    node.getSourceLocation())
                                            .ifPresent(errors::add);
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
    }

    private static Optional<GraphQLError> outOfRange(String argument, BigInteger value, SourceLocation location) {
        if (value.bitLength() <= 31) {
            return Optional.empty();
        }
        return Optional.of(GraphqlErrorBuilder.newError()
                .message("argument '" + argument + "' is not a valid Int: " + value
                        + " is outside -2147483648 to 2147483647")
                .location(location)
                .errorType(classification(BAD_USER_INPUT))
                .extensions(Map.of("code", BAD_USER_INPUT))
                .build());
    }

    /** Checks documents before they run and rewrites the errors of every result. */
    /** The instrumentation that rewrites the errors; {@link GraphQLEngineSetup} adds it to SmallRye's engine. */
    static final class Rewrite extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var context = parameters.getExecutionContext();
            requireIntRange(
                    context.getDocument(),
                    context.getExecutionInput().getRawVariables().toMap());
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors =
                    result.getErrors().stream().map(ErrorCoding::coded).toList();
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }
    }
}
