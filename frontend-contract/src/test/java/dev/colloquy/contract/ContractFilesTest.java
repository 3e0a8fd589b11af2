package dev.colloquy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed files agree with each other: no service is needed, so these run in milliseconds. */
class ContractFilesTest {

    private final ContractFiles files = ContractFiles.fromBuild();

    @Test
    void everyOperationIsValidAgainstTheCommittedSchema() {
        OperationValidator validator = new OperationValidator(ContractFiles.read(files.schema()));
        List<Operation> operations = new ArrayList<>(files.operations());
        operations.addAll(files.signedInOperations());

        List<String> problems =
                operations.stream().flatMap(o -> validator.problems(o).stream()).toList();

        assertThat(problems)
                .as("problems of the operations against schema.graphql")
                .isEmpty();
        System.out.printf(
                "contract: %d operations valid against schema.graphql: %s%n",
                operations.size(), operations.stream().map(Operation::name).toList());
    }

    @Test
    void theReaderFrontendsOperationsAreAllThere() {
        assertThat(files.operations())
                .extracting(Operation::name)
                .contains("ArticleList", "InterviewReader", "ExchangeDetail", "QuotesBySpeaker", "EntityPage");
    }

    @Test
    void everyOperationHasAFixtureAndEveryFixtureAnOperation() {
        List<String> operations =
                files.operations().stream().map(Operation::name).sorted().toList();
        List<String> fixtures = files.fixtures().stream()
                .map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                .toList();

        assertThat(fixtures)
                .as("fixtures/*.json (run `%s` after adding or removing an operation)", StaleFile.UPDATE_COMMAND)
                .isEqualTo(operations);
    }

    @Test
    void theSchemaBreaksNothingThatThePreviousReleaseOffered() {
        List<String> breaking =
                BreakingChanges.between(ContractFiles.read(files.previousSchema()), ContractFiles.read(files.schema()));

        assertThat(breaking)
                .as("breaking changes from schema.previous.graphql to schema.graphql; frontends built"
                        + " against the previous release would fail. Add instead of changing, and deprecate instead of"
                        + " removing")
                .isEmpty();
    }
}
