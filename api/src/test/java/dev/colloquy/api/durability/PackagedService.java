package dev.colloquy.api.durability;

import static io.restassured.RestAssured.given;

import dev.colloquy.api.security.PasswordHashes;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) run as a process of its own, in the production
 * profile, with a working directory whose ./data holds its database and whose ./corpus does not exist.
 */
final class PackagedService implements AutoCloseable {

    /** The editor the service is started with. */
    static final String EDITOR = "durability-editor";

    private static final String EDITOR_PASSWORD = "durability-editor-local";

    /** How long a start may take on a busy build machine before the test gives up on it. */
    private static final long START_LIMIT_MILLIS = 180_000;

    private static final long POLL_MILLIS = 250;

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The users of the service, as configuration given on its command line: the production profile has none
     * of the local users. This is the one place that knows how users are configured.
     */
    private static List<String> userOptions() {
        // The production profile has no users: give it one the way an operator would, as a bcrypt hash.
        return List.of(
                "-Dcolloquy.security.users." + EDITOR + ".password-hash=" + PasswordHashes.hash(EDITOR_PASSWORD),
                "-Dcolloquy.security.users." + EDITOR + ".roles=editor");
    }

    /** Starts the jar in the directory and waits until it answers its readiness check. */
    static PackagedService start(Path workingDirectory, String name) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("colloquy.service.jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged service at " + jar + ": run the package phase first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1"));
        command.addAll(userOptions());
        command.addAll(List.of("-jar", jar.toString()));
        Path log = workingDirectory.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedService service = new PackagedService(process, port, log);
        service.awaitReady();
        return service;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + START_LIMIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (isReady()) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        close();
        throw new IllegalStateException("the service did not become ready:\n" + logTail());
    }

    private boolean isReady() {
        try {
            return anonymous().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            // RestAssured throws the connection's checked exceptions undeclared, hence Exception.
            return false;
        }
    }

    /** A request to this service, anonymous. */
    RequestSpecification anonymous() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    /** A request to this service, signed in as the editor. */
    RequestSpecification asEditor() {
        return anonymous().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }

    /** SIGKILL on Linux: the JVM runs no shutdown hook, H2 closes nothing, whatever was not written is lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Everything the service has written to its output so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
