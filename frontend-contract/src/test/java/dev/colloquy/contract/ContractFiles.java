package dev.colloquy.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The contract's files in the source tree, where the update command writes them. Tests read the sources
 * rather than the classpath copies so that an update and the checks that follow see the same bytes.
 */
public record ContractFiles(Path dir) {

    public static ContractFiles fromBuild() {
        return new ContractFiles(Path.of(System.getProperty("contract.dir", "src/main/resources/graphql")));
    }

    public static boolean updating() {
        return Boolean.getBoolean("contract.update");
    }

    public Path schema() {
        return dir.resolve("schema.graphql");
    }

    public Path previousSchema() {
        return dir.resolve("schema.previous.graphql");
    }

    public Path fixture(String operationName) {
        return dir.resolve("fixtures").resolve(operationName + ".json");
    }

    /** Every fixtures/*.json. */
    public List<Path> fixtures() {
        try (Stream<Path> files = Files.list(dir.resolve("fixtures"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operations/NAME.graphql with its NAME.variables.json (an empty object when there is none). */
    public List<Operation> operations() {
        return operationsIn(dir.resolve("operations"));
    }

    /**
     * Every operations/signed-in/NAME.graphql: the lesson builder's queries and mutations, which need a signed-in
     * teacher and change data. They are checked against the schema like the others but not answered on the
     * sample by the served test; the api's browser test runs each of them through the web app.
     */
    public List<Operation> signedInOperations() {
        return operationsIn(dir.resolve("operations").resolve("signed-in"));
    }

    private List<Operation> operationsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".graphql"))
                    .sorted()
                    .map(this::operation)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Operation operation(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
        Path variables = file.resolveSibling(name + ".variables.json");
        return new Operation(name, read(file), Files.exists(variables) ? read(variables) : "{}");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
