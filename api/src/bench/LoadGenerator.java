import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load generator for the reader service on this machine: a fixed number of clients send one named
 * operation of the frontend contract, each waiting for its answer before sending again (a closed loop), for a
 * fixed time after a warm-up. It prints throughput and latency percentiles, and counts every answer that is
 * not HTTP 200 or carries GraphQL errors as failed.
 *
 * <p>Run it with the JDK alone, against a running service (see the README's "Performance" section):
 *
 * <pre>
 * java api/src/bench/LoadGenerator.java --operation InterviewReader --clients 8 --seconds 20
 * </pre>
 *
 * It refuses any host but the loopback interface, at most 64 clients and 300 seconds: it is a measuring
 * instrument for your own machine, not a tool to load someone else's.
 */
public final class LoadGenerator {

    private static final Path OPERATIONS = Path.of("frontend-contract/src/main/resources/graphql/operations");
    private static final int MAX_CLIENTS = 64;
    private static final int MAX_SECONDS = 300;
    /** Latencies kept per client: enough for 300 s at 10,000 requests/s per client; more are counted only. */
    private static final int MAX_SAMPLES = 3_000_000;

    private record Settings(URI url, String operation, int clients, int seconds, int warmup) {}

    private record Result(long requests, long failures, long[] latencies, int kept) {}

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        String body = body(settings.operation());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        check(http, request);
        run(http, request, settings.clients(), settings.warmup()); // JIT, connection pools, caches
        long started = System.nanoTime();
        List<Result> results = run(http, request, settings.clients(), settings.seconds());
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(settings, results, elapsed);
    }

    private static Settings parse(String[] args) throws IOException {
        URI url = URI.create("http://localhost:8080/graphql");
        String operation = "InterviewReader";
        int clients = 8;
        int seconds = 20;
        int warmup = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = URI.create(args[i + 1]);
                case "--operation" -> operation = args[i + 1];
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url must point at this machine (loopback), not " + url.getHost());
        }
        if (clients < 1 || clients > MAX_CLIENTS || seconds < 1 || seconds > MAX_SECONDS || warmup < 0) {
            throw new IllegalArgumentException("--clients 1.." + MAX_CLIENTS + ", --seconds 1.." + MAX_SECONDS);
        }
        return new Settings(url, operation, clients, seconds, Math.min(warmup, MAX_SECONDS));
    }

    /** The operation's document and example variables as a GraphQL request body. */
    private static String body(String operation) throws IOException {
        String query = Files.readString(OPERATIONS.resolve(operation + ".graphql"), StandardCharsets.UTF_8);
        Path variablesFile = OPERATIONS.resolve(operation + ".variables.json");
        String variables = Files.exists(variablesFile) ? Files.readString(variablesFile, StandardCharsets.UTF_8) : "{}";
        return "{\"operationName\":\"" + operation + "\",\"query\":" + jsonString(query) + ",\"variables\":"
                + variables.strip() + "}";
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** One request first, so that a wrong URL or a refused operation stops the run with the answer shown. */
    private static void check(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (failed(response.statusCode(), response.body())) {
            throw new IllegalStateException("the service answered " + response.statusCode() + ": " + response.body());
        }
        System.out.printf("answer: %d bytes%n", response.body().length());
    }

    private static boolean failed(int status, String body) {
        return status != 200 || body.contains("\"errors\"");
    }

    private static List<Result> run(HttpClient http, HttpRequest request, int clients, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Result[] results = new Result[clients];
        Thread[] threads = new Thread[clients];
        AtomicLong unexpected = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> results[client] = client(http, request, deadline, unexpected));
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (unexpected.get() > 0) {
            System.out.printf("%d requests failed with an exception%n", unexpected.get());
        }
        return List.of(results);
    }

    private static Result client(HttpClient http, HttpRequest request, long deadline, AtomicLong unexpected) {
        long[] latencies = new long[1024];
        int kept = 0;
        long requests = 0;
        long failures = 0;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (failed(response.statusCode(), response.body())) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
                unexpected.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long took = System.nanoTime() - start;
            requests++;
            if (kept < MAX_SAMPLES) {
                if (kept == latencies.length) {
                    latencies = Arrays.copyOf(latencies, Math.min(MAX_SAMPLES, kept * 2));
                }
                latencies[kept++] = took;
            }
        }
        return new Result(requests, failures, latencies, kept);
    }

    private static void report(Settings settings, List<Result> results, double elapsed) {
        long requests = results.stream().mapToLong(Result::requests).sum();
        long failures = results.stream().mapToLong(Result::failures).sum();
        long[] all = results.stream()
                .flatMapToLong(r -> Arrays.stream(r.latencies(), 0, r.kept()))
                .sorted()
                .toArray();
        System.out.printf(
                "%s, %d clients, %d s: %d requests, %.0f requests/s, %d failed; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
                settings.operation(),
                settings.clients(),
                settings.seconds(),
                requests,
                requests / elapsed,
                failures,
                percentile(all, 0.50),
                percentile(all, 0.90),
                percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
