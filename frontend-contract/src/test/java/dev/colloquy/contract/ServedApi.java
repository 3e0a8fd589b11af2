package dev.colloquy.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service, started as a child process on a free loopback port with a fresh in-memory database
 * and an empty corpus folder, so that it holds exactly the sample corpus it imports from its own jar. That
 * is what makes the IDs in the fixtures the same on every run.
 */
public final class ServedApi implements AutoCloseable {

    /**
     * How long the service may take to become healthy. It is usually up in 7 to 20 s, but on a machine busy with
     * parallel builds Quarkus has been seen to need a minute; -Dcontract.startup.seconds overrides it.
     */
    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("contract.startup.seconds", 120));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServedApi(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts the service and returns once its health check is UP; fails with the service's output if not. */
    public static ServedApi start(Path jar, Path workDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged service at " + jar
                    + ": build the api module first (the reactor does, in ./mvnw -B verify)");
        }
        Path corpus = Files.createDirectories(workDir.resolve("empty-corpus"));
        Path log = workDir.resolve("service.log");
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1",
                "-Dcolloquy.corpus.dir=" + corpus.toAbsolutePath(),
                "-jar",
                jar.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServedApi api = new ServedApi(process, log, URI.create("http://127.0.0.1:" + port));
        try {
            api.awaitHealthy();
        } catch (RuntimeException | InterruptedException e) {
            api.close();
            throw e;
        }
        return api;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with code " + process.exitValue()
                        + " before it was healthy; its output:\n" + output());
            }
            try {
                HttpResponse<String> health =
                        send(HttpRequest.newBuilder(base.resolve("/q/health")).GET());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (ConnectException notYet) {
                // still starting
            } catch (IOException e) {
                // a half-open server answers oddly while it starts; ask again
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "the service was not healthy within " + STARTUP.toSeconds() + " s; its output:\n" + output());
    }

    /** The schema as the service prints it for clients. */
    public String schemaSdl() {
        HttpResponse<String> response = call(
                HttpRequest.newBuilder(base.resolve("/graphql/schema.graphql")).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /graphql/schema.graphql answered " + response.statusCode());
        }
        return response.body();
    }

    /** The whole GraphQL answer ({"data": …, "errors": …}) to one named operation. */
    public JsonNode execute(Operation operation, JsonNode variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", operation.document());
        body.put("operationName", operation.name());
        body.set("variables", variables);
        HttpResponse<String> response = call(HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(
                    operation.name() + ": the answer (HTTP " + response.statusCode() + ") is not JSON: "
                            + response.body(),
                    e);
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the service: politely first, so that it logs its shutdown, then forcibly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
