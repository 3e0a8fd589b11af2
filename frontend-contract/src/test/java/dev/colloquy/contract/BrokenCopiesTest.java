package dev.colloquy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checkers fail where they must: each test breaks a copy of a committed file on purpose and reads the
 * failure message the build would print.
 */
class BrokenCopiesTest {

    private final ContractFiles files = ContractFiles.fromBuild();
    private final String schema = ContractFiles.read(files.schema());

    private Operation operation(String name) {
        return files.operations().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The committed schema with one line of a type's body replaced; fails if the line is not there. */
    private String schemaWith(String type, String line, String replacement) {
        return change(schema, type, line, replacement);
    }

    private static String change(String sdl, String type, String line, String replacement) {
        int start = sdl.indexOf("\n" + type + " ");
        int end = sdl.indexOf("\n}", start);
        String body = sdl.substring(start, end);
        assertThat(body).as("the line to change in %s", type).contains(line);
        return sdl.substring(0, start) + body.replace(line, replacement) + sdl.substring(end);
    }

    @Test
    void anOperationFailsWhenTheApiLosesAFieldItUses() {
        // The field goes with its description, whatever the description says.
        String withoutHeadline = schema.replaceFirst("(?<=\n)  \"[^\"\n]*\"\n  headline: String!\n", "");

        List<String> problems = new OperationValidator(withoutHeadline).problems(operation("InterviewReader"));

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("InterviewReader: ")
                .contains("Field 'headline' in type 'Article' is undefined");
        assertThat(BreakingChanges.between(schema, withoutHeadline))
                .singleElement()
                .asString()
                .startsWith("Article.headline")
                .contains("missing");
        System.out.println(
                "contract: removing Article.headline fails like this:\n  " + problems.get(0) + "\n  breaking change: "
                        + BreakingChanges.between(schema, withoutHeadline).get(0));
    }

    @Test
    void anOperationWithATypoFails() {
        Operation reader = operation("InterviewReader");
        Operation typo = new Operation(
                reader.name(), reader.document().replace("standfirst", "standfrist"), reader.variablesJson());

        assertThat(new OperationValidator(schema).problems(typo))
                .singleElement()
                .asString()
                .contains("Field 'standfrist' in type 'Article' is undefined");
    }

    @Test
    void anArgumentOfTheWrongTypeFails() {
        Operation wrong = new Operation("Wrong", "query Wrong { article(slug: 42) { id } }", "{}");

        assertThat(new OperationValidator(schema).problems(wrong))
                .singleElement()
                .asString()
                .startsWith("Wrong: ")
                .contains("argument 'slug'")
                .contains("String");
    }

    @Test
    void anUndeclaredVariableFails() {
        Operation undeclared = new Operation("Undeclared", "query Undeclared { article(slug: $slug) { id } }", "{}");

        assertThat(new OperationValidator(schema).problems(undeclared))
                .singleElement()
                .asString()
                .contains("Undefined variable 'slug'");
    }

    @Test
    void aRequiredVariableMissingFromTheVariablesFileFails() {
        Operation reader = operation("InterviewReader");
        Operation missing = new Operation(reader.name(), reader.document(), "{\"first\": 5}");

        assertThat(new OperationValidator(schema).problems(missing))
                .containsExactly(
                        "InterviewReader: required variable $slug is missing from InterviewReader.variables.json");
    }

    @Test
    void anOperationNamedOtherwiseThanItsFileFails() {
        Operation misnamed = new Operation("ArticleList", "query Articles { articles { totalCount } }", "{}");

        assertThat(new OperationValidator(schema).problems(misnamed))
                .containsExactly("ArticleList: the file must hold exactly one operation, named ArticleList");
    }

    @Test
    void aStaleSchemaFailsWithADiffAndTheUpdateCommand() {
        String served = schemaWith(
                "type Article",
                "  headline: String!\n",
                "  headline: String!\n  \"The headline without markup.\"\n  plainHeadline: String!\n");

        String message = StaleFile.check("schema.graphql", schema, served).orElseThrow();

        assertThat(message)
                .startsWith("schema.graphql is stale")
                .contains("./mvnw -B verify -Dcontract.update=true")
                .contains("--- committed schema.graphql\n+++ served by the API\n")
                .contains("\n   headline: String!\n+  \"The headline without markup.\"\n+  plainHeadline: String!\n");
        assertThat(StaleFile.check("schema.graphql", schema, schema)).isEmpty();
        System.out.println("contract: a stale schema fails like this:\n" + message);
    }

    @Test
    void breakingChangesAreCaught() {
        assertThat(BreakingChanges.between(
                        schema, schemaWith("type Article", "  headline: String!", "  headline: Int!")))
                .as("changed field type")
                .singleElement()
                .asString()
                .startsWith("Article.headline");
        assertThat(BreakingChanges.between(
                        schema, schemaWith("type Article", "  headline: String!", "  headline: String")))
                .as("a field that may now be null")
                .singleElement()
                .asString()
                .startsWith("Article.headline");
        assertThat(BreakingChanges.between(schema, schemaWith("type Query", "    slug: String!", "    slug: ID!")))
                .as("changed argument type")
                .singleElement()
                .asString()
                .startsWith("Query.article");
        assertThat(BreakingChanges.between(
                        schema,
                        schemaWith("type Query", "    slug: String!\n", "    slug: String!,\n    language: String!\n")))
                .as("new required argument")
                .singleElement()
                .asString()
                .startsWith("Query.article");
        assertThat(BreakingChanges.between(
                        schema,
                        schemaWith(
                                "enum QuoteKind",
                                "\n  \"Set apart by the page layout, usually with an attribution line.\"\n  PULL",
                                "")))
                .as("removed enum value")
                .singleElement()
                .asString()
                .startsWith("QuoteKind");
        assertThat(BreakingChanges.between(
                        schema, schema.replace("type Turn {", "type Speech {").replace(": Turn!", ": Speech!")))
                .as("renamed type")
                .isNotEmpty();
    }

    @Test
    void additionsAndDeprecationsAreAllowed() {
        String grown = schemaWith(
                "type Article",
                "  headline: String!",
                "  headline: String! @deprecated(reason: \"Use title.\")\n  title: String\n"
                        + "  related(first: Int = 5, kind: QuoteKind): [Article!]!");
        grown = change(grown, "enum QuoteKind", "  PULL", "  PULL\n  \"Said on camera.\"\n  VIDEO");
        grown = change(
                grown, "type Query", "    slug: String!\n", "    slug: String!,\n    language: String = \"en\"\n");
        grown += "\ntype Lesson {\n  title: String!\n}\n";

        assertThat(BreakingChanges.between(schema, grown)).isEmpty();
    }
}
