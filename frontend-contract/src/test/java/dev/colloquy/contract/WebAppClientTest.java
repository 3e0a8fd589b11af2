package dev.colloquy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web app served by the api at / is the contract's first client: it sends nothing but the contract's named
 * operations, which it loads by name from /contract/operations. Every name its scripts run must be an
 * operation here, and every operation here should have a client.
 */
class WebAppClientTest {

    /** How the app's scripts call an operation: run('Name', …) or run('signed-in/Name', …). */
    private static final Pattern RUN = Pattern.compile("\\brun\\('([A-Za-z/-]+)'");

    private static final Path APP =
            Path.of(System.getProperty("webapp.dir", "../api/src/main/resources/META-INF/resources/app"));

    private final ContractFiles files = ContractFiles.fromBuild();

    @Test
    void everyOperationTheAppRunsIsInTheContract() {
        Set<String> run = operationsRunByTheApp();
        Set<String> contract = contractNames();

        assertThat(run).as("operations run by the app's scripts in %s", APP).isNotEmpty();
        assertThat(contract).as("operations of the contract").containsAll(run);
        System.out.printf("contract: the web app runs %d operations, all in the contract: %s%n", run.size(), run);
    }

    @Test
    void everySignedInOperationIsUsedByTheApp() {
        Set<String> signedIn = files.signedInOperations().stream()
                .map(o -> "signed-in/" + o.name())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(operationsRunByTheApp())
                .as("signed-in operations have no client but the app")
                .containsAll(signedIn);
    }

    private Set<String> contractNames() {
        Set<String> names = new TreeSet<>();
        files.operations().forEach(o -> names.add(o.name()));
        files.signedInOperations().forEach(o -> names.add("signed-in/" + o.name()));
        return names;
    }

    private static Set<String> operationsRunByTheApp() {
        Set<String> names = new TreeSet<>();
        for (Path script : scripts()) {
            Matcher call = RUN.matcher(read(script));
            while (call.find()) {
                names.add(call.group(1));
            }
        }
        return names;
    }

    private static List<Path> scripts() {
        try (Stream<Path> walk = Files.walk(APP)) {
            return walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
