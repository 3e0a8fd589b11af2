package dev.colloquy.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.parser.Parser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What ErrorCoding makes of the errors that carry no code of the api's own. */
class ErrorCodingTest {

    @Test
    void anUnexpectedExceptionBecomesInternalWithoutItsClassOrMessage() {
        GraphQLError error = new ExceptionWhileDataFetching(
                ResultPath.parse("/lesson"),
                new IllegalStateException("row 42 of dev.colloquy.api.lesson.LessonRow is broken"),
                new SourceLocation(1, 3));
        GraphQLError coded = ErrorCoding.coded(error);
        assertThat(coded.getExtensions()).containsExactly(Map.entry("code", "INTERNAL"));
        assertThat(coded.getMessage()).isEqualTo(ErrorCoding.INTERNAL_MESSAGE);
        assertThat(coded.getPath()).containsExactly("lesson");
        assertThat(coded.toSpecification().toString())
                .doesNotContain("Exception")
                .doesNotContain("dev.colloquy")
                .doesNotContain("row 42");
    }

    @Test
    void theApisOwnExceptionsKeepTheirCodedError() {
        GraphQLError error = new ExceptionWhileDataFetching(
                ResultPath.parse("/lesson"),
                new BadUserInputException("title is 600 characters long; the limit is 200"),
                new SourceLocation(1, 3));
        assertThat(ErrorCoding.coded(error)).isSameAs(error);
    }

    @Test
    void anIntLiteralOrVariableOutsideTheIntRangeIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> ErrorCoding.requireIntRange(
                        Parser.parse("{ articles(first: 2147483648) { totalCount } }"), Map.of()))
                .isInstanceOfSatisfying(AbortExecutionException.class, e -> {
                    assertThat(e.getUnderlyingErrors()).singleElement().satisfies(err -> {
                        assertThat(err.getMessage()).contains("'first'").contains("2147483648");
                        assertThat(err.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    });
                });
        assertThatThrownBy(() -> ErrorCoding.requireIntRange(
                        Parser.parse("query($n: Int) { articles(first: $n) { totalCount } }"),
                        Map.of("n", 2147483648L)))
                .isInstanceOf(AbortExecutionException.class);
        ErrorCoding.requireIntRange(
                Parser.parse("query($n: Int) { articles(first: $n) { totalCount } }"), Map.of("n", 2147483647));
        ErrorCoding.requireIntRange(Parser.parse("{ articles(first: -2147483648) { totalCount } }"), Map.of());
    }

    @Test
    void graphqlJavasWordingOfAWrongArgumentIsSaidInTheSchemasTerms() {
        assertThat(ErrorCoding.wrongArgument("Validation error (WrongType@[articles]) : argument 'first' with value"
                        + " 'IntValue{value=2147483648}' is not a valid 'Int' - Expected something"))
                .isEqualTo("argument 'first' is not a valid Int (a whole number from -2147483648 to 2147483647)");
    }
}
