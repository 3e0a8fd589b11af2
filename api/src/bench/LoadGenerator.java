import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;

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
 * instrument for your own machine, not a tool to load someone else's. Each client holds one kept-alive HTTP/1.1
 * connection and writes the same prepared request bytes on it: on a 2-core machine the generator shares the
 * processors with the service, so it must cost as little as it can (the JDK's HttpClient cost several times as
 * much per request). The last line of output is the result as key=value pairs, for scripts.
 */
public final class LoadGenerator {

    private static final Path OPERATIONS = Path.of("frontend-contract/src/main/resources/graphql/operations");
    private static final int MAX_CLIENTS = 64;
    private static final int MAX_SECONDS = 300;
    /** Latencies kept per client: enough for 300 s at 10,000 requests/s per client; more are counted only. */
    private static final int MAX_SAMPLES = 3_000_000;

    private record Settings(
            URI url, String operation, int clients, int seconds, int warmup, Path vary, long servicePid) {}

    private record Result(long requests, long failures, long[] latencies, int kept) {}

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        List<byte[]> requests = requests(settings);
        byte[][] request = requests.toArray(new byte[0][]);
        check(settings.url(), request[0]);
        run(settings.url(), request, settings.clients(), settings.warmup()); // JIT, connection pools, caches
        long cpuBefore = cpuTicks(settings.servicePid());
        long started = System.nanoTime();
        List<Result> results = run(settings.url(), request, settings.clients(), settings.seconds());
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpuTicks = cpuTicks(settings.servicePid()) - cpuBefore;
        report(settings, results, elapsed, settings.servicePid() < 0 ? -1 : cpuTicks * 1000.0 / ticksPerSecond());
    }

    private static Settings parse(String[] args) throws IOException {
        URI url = URI.create("http://localhost:8080/graphql");
        String operation = "InterviewReader";
        int clients = 8;
        int seconds = 20;
        int warmup = 10;
        Path vary = null;
        long servicePid = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = URI.create(args[i + 1]);
                case "--operation" -> operation = args[i + 1];
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--vary" -> vary = Path.of(args[i + 1]);
                case "--service-pid" -> servicePid = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url must point at this machine (loopback), not " + url.getHost());
        }
        if (clients < 1 || clients > MAX_CLIENTS || seconds < 1 || seconds > MAX_SECONDS || warmup < 0) {
            throw new IllegalArgumentException("--clients 1.." + MAX_CLIENTS + ", --seconds 1.." + MAX_SECONDS);
        }
        return new Settings(url, operation, clients, seconds, Math.min(warmup, MAX_SECONDS), vary, servicePid);
    }

    /** The operation's example variables, as JSON text. */
    private static String variables(String operation) throws IOException {
        Path variablesFile = OPERATIONS.resolve(operation + ".variables.json");
        return Files.exists(variablesFile) ? Files.readString(variablesFile, StandardCharsets.UTF_8).strip() : "{}";
    }

    /** The operation's document and these variables as a GraphQL request body. */
    private static String body(String operation, String variables) throws IOException {
        String query = Files.readString(OPERATIONS.resolve(operation + ".graphql"), StandardCharsets.UTF_8);
        return "{\"operationName\":\"" + operation + "\",\"query\":" + jsonString(query) + ",\"variables\":"
                + variables + "}";
    }

    /**
     * The requests the clients send in turn: the operation with its example variables, or with --vary FILE one
     * request per line of the file, the line taking the place of the variable "query" (distinct searches, most of
     * which no cache holds).
     */
    private static List<byte[]> requests(Settings settings) throws IOException {
        String variables = variables(settings.operation());
        if (settings.vary() == null) {
            return List.of(request(settings.url(), body(settings.operation(), variables)));
        }
        List<byte[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(settings.vary(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String varied = variables.replaceFirst(
                        "\"query\"\\s*:\\s*\"[^\"]*\"",
                        Matcher.quoteReplacement("\"query\": " + jsonString(line.strip())));
                requests.add(request(settings.url(), body(settings.operation(), varied)));
            }
        }
        return requests;
    }

    /** The whole HTTP/1.1 request, as the bytes a client writes. */
    private static byte[] request(URI url, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + url.getHost() + ":" + port(url) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/graphql-response+json, application/json;q=0.9\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    private static int port(URI url) {
        return url.getPort() == -1 ? 80 : url.getPort();
    }

    /** One kept-alive connection: writes a request, reads the status and the body its Content-Length gives. */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private int status;
        private byte[] body = new byte[0];

        Connection(URI url) throws IOException {
            socket = new Socket(url.getHost(), port(url));
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        void exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int length = -1;
            String statusLine = line();
            status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Integer.parseInt(header.substring(colon + 1).trim());
                } else if (name.equalsIgnoreCase("transfer-encoding")) {
                    throw new IOException("chunked answers are not read by this generator");
                }
            }
            if (length < 0) {
                throw new IOException("an answer without Content-Length");
            }
            body = in.readNBytes(length);
            if (body.length < length) {
                throw new IOException("the connection closed in the middle of an answer");
            }
        }

        boolean failed() {
            return status != 200 || contains(body, ERRORS);
        }

        String body() {
            return new String(body, StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed before an answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean contains(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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

    /**
     * One request first, so that a wrong URL or a refused operation stops the run with the answer shown. A cold
     * service on a busy machine may time out its first queries: up to five tries, a second apart.
     */
    private static void check(URI url, byte[] request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = new Connection(url)) {
                connection.exchange(request);
                if (!connection.failed()) {
                    System.out.printf("answer: %d bytes%n", connection.body.length);
                    return;
                }
                if (attempt == 5) {
                    throw new IllegalStateException(
                            "the service answered " + connection.status + ": " + connection.body());
                }
            }
            Thread.sleep(1000);
        }
    }

    private static List<Result> run(URI url, byte[][] request, int clients, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Result[] results = new Result[clients];
        Thread[] threads = new Thread[clients];
        AtomicLong unexpected = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> results[client] = client(url, request, deadline, unexpected));
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

    private static Result client(URI url, byte[][] request, long deadline, AtomicLong unexpected) {
        long[] latencies = new long[1024];
        int kept = 0;
        long requests = 0;
        long failures = 0;
        Connection connection = null;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                if (connection == null) {
                    connection = new Connection(url);
                }
                connection.exchange(request[(int) (requests % request.length)]);
                if (connection.failed()) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
                unexpected.incrementAndGet();
                connection = closed(connection);
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
        closed(connection);
        return new Result(requests, failures, latencies, kept);
    }

    /** Closes a connection that failed or is done with; the next request opens a new one. */
    private static Connection closed(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing more to learn from it
            }
        }
        return null;
    }

    /**
     * The processor time the service's process has used so far, in clock ticks (user and system, fields 14 and 15
     * of /proc/PID/stat), or 0 without a PID. Divided by the requests, it gives the service's own cost per request:
     * on a machine shared with other work, a figure that the others' load hardly moves, unlike throughput.
     */
    private static long cpuTicks(long pid) throws IOException {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The kernel's clock ticks per second (USER_HZ), as getconf reports it; 100 on Linux when it cannot. */
    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100;
        }
    }

    private static void report(Settings settings, List<Result> results, double elapsed, double serviceCpuMs) {
        long requests = results.stream().mapToLong(Result::requests).sum();
        long failures = results.stream().mapToLong(Result::failures).sum();
        long[] all = results.stream()
                .flatMapToLong(r -> Arrays.stream(r.latencies(), 0, r.kept()))
                .sorted()
                .toArray();
        double rate = requests / elapsed;
        double p50 = percentile(all, 0.50);
        double p99 = percentile(all, 0.99);
        String run = settings.operation() + ", " + settings.clients() + " clients, " + settings.seconds() + " s";
        System.out.printf(
                "%s: %d requests, %.0f requests/s, %d failed; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
                run,
                requests,
                rate,
                failures,
                p50,
                percentile(all, 0.90),
                p99,
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        double cpuPerRequest = serviceCpuMs < 0 || requests == 0 ? -1 : serviceCpuMs / requests;
        if (cpuPerRequest >= 0) {
            System.out.printf("the service's processor time: %.2f ms per request%n", cpuPerRequest);
        }
        System.out.printf(
                Locale.ROOT,
                "result operation=%s clients=%d seconds=%d requests=%d rps=%.1f failed=%d p50=%.2f p99=%.2f"
                        + " cpu_ms=%.2f%n",
                settings.operation(),
                settings.clients(),
                settings.seconds(),
                requests,
                rate,
                failures,
                p50,
                p99,
                cpuPerRequest);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
