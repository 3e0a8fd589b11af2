import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abuse run of issue 13: starts the packaged service in its production profile on loopback, sends each
 * attack found by the security review, and prints one Markdown row per attack with the answer, the time the
 * server took, its resident memory before and after, and whether the answer is the safe one.
 *
 * <p>Run it with {@code api/abuse/run} (which builds nothing: build first with the README's first command).
 * Arguments: the service's directory (quarkus-app), a working directory, the port, the editor's and the
 * teacher's passwords (their hashes are already in the working directory's config/application.properties).
 */
public final class AbuseRun {

    private static final Pattern CODE = Pattern.compile("\"(?:code|error)\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern INTERNALS = Pattern.compile("java\\.|dev\\.colloquy|Exception|at [a-z]+\\.[a-z]+\\.");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path app;
    private final Path work;
    private final int port;
    private final String editorPassword;
    private final String teacherPassword;
    private final List<String> rows = new ArrayList<>();
    private Process service;

    private AbuseRun(String[] args) {
        this.app = Path.of(args[0]);
        this.work = Path.of(args[1]);
        this.port = Integer.parseInt(args[2]);
        this.editorPassword = args[3];
        this.teacherPassword = args[4];
    }

    public static void main(String[] args) throws Exception {
        AbuseRun run = new AbuseRun(args);
        try {
            run.start();
            run.attacks();
        } finally {
            run.stop();
        }
        System.out.println("| attack | expected | answer | server time | RSS before → after | safe |");
        System.out.println("|---|---|---|---|---|---|");
        run.rows.forEach(System.out::println);
        long unsafe = run.rows.stream().filter(r -> r.endsWith("| **no** |")).count();
        System.out.println();
        System.out.println(unsafe == 0 ? "Every attack refused or survived." : unsafe + " attack(s) not handled safely.");
        System.exit(unsafe == 0 ? 0 : 1);
    }

    // --- the attacks -----------------------------------------------------------------------------------

    private void attacks() throws Exception {
        attack("The README's local users in production", "401", () -> {
            Answer a = postText("/api/articles", "edith", "edith-local", "text/plain", interview("builtin", 3));
            return a.expect(a.status == 401);
        });
        attack("Listening on another interface", "connection refused", this::otherInterface);
        String editor = "editor";
        attack("Four nested relatedEntities(first:100)", "refused before running", () -> {
            String q = "{ entities(first: 100) { nodes { relatedEntities(first: 100) { entity { relatedEntities(first: 100) "
                    + "{ entity { relatedEntities(first: 100) { entity { relatedEntities(first: 100) { entity { name } } } } } } } } } } }";
            return graphql(null, null, q).expectCode("QUERY_TOO_COSTLY");
        });
        attack("600 aliased search(first:100)", "refused before running", () -> {
            StringBuilder q = new StringBuilder("{");
            for (int i = 0; i < 600; i++) {
                q.append(" s").append(i).append(": search(query: \"ukraine\", first: 100) { totalCount }");
            }
            return graphql(null, null, q.append(" }").toString()).expectCode("QUERY_TOO_COSTLY");
        });
        attack("A query that is not GraphQL", "GRAPHQL_PARSE_FAILED", () ->
                graphql(null, null, "{ articles(first: 2) { nodes { slug } ").expectCode("GRAPHQL_PARSE_FAILED"));
        attack("A body that is not JSON", "400 GRAPHQL_PARSE_FAILED", () -> {
            Answer a = send(request("/graphql", null).header("Content-Type", "application/json").POST(body("{\"query\": ")));
            return a.expect(a.status == 400 && "GRAPHQL_PARSE_FAILED".equals(a.code()));
        });
        attack("Standard introspection query", "answered", () -> {
            Answer a = graphql(null, null, INTROSPECTION);
            return a.expect(a.status == 200 && a.body.contains("\"__schema\"") && !a.body.contains("\"errors\""));
        });
        attack("40 documents sharing one headline", "40 articles", () -> sharedHeadline(40));
        attack("8 parallel posts of one text", "one 201, seven 200 naming it", this::parallelSameText);
        attack("6 parallel revisions of one article", "no 5xx, 6 distinct revisions", this::parallelRevisions);
        attack("Mutation posted as text/plain", "refused (415)", () -> {
            Answer a = send(request("/graphql", editor).header("Content-Type", "text/plain")
                    .POST(body("{\"query\":\"mutation { createLesson(title: \\\"csrf\\\") { id } }\"}")));
            return a.expect(a.status == 415);
        });
        attack("Mutation posted form-encoded", "refused (415)", () -> {
            Answer a = send(request("/graphql", editor).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(body("query=" + URLEncoder.encode("mutation { createLesson(title: \"csrf\") { id } }",
                            StandardCharsets.UTF_8))));
            return a.expect(a.status == 415);
        });
        attack("Mutation from a foreign Origin", "refused (403)", () -> {
            Answer a = send(request("/graphql", editor).header("Content-Type", "application/json")
                    .header("Origin", "https://evil.example")
                    .POST(body("{\"query\":\"mutation { createLesson(title: \\\"csrf\\\") { id } }\"}")));
            return a.expect(a.status == 403);
        });
        String lesson = idOf(graphql("teacher", teacherPassword, "mutation { createLesson(title: \"Abuse run\") { id } }"));
        attack("600-character lesson title", "BAD_USER_INPUT", () -> graphql("teacher", teacherPassword,
                "mutation { createLesson(title: \"" + "t".repeat(600) + "\") { id } }").expectCode("BAD_USER_INPUT"));
        attack("300-character vocabulary word", "BAD_USER_INPUT", () -> graphql("teacher", teacherPassword,
                "mutation { setVocabulary(lessonId: \"" + lesson + "\", terms: [{word: \"" + "w".repeat(300)
                        + "\", definition: \"d\"}]) { id } }").expectCode("BAD_USER_INPUT"));
        attack("3000-character sourceUrl", "BAD_USER_INPUT", () -> graphql(editor, editorPassword,
                "mutation($t: String!) { importArticle(text: $t, sourceUrl: \"https://example.org/" + "u".repeat(3000)
                        + "\") { created } }", interview("longurl", 3)).expectCode("BAD_USER_INPUT"));
        attack("javascript: sourceUrl", "BAD_USER_INPUT", () -> graphql(editor, editorPassword,
                "mutation($t: String!) { importArticle(text: $t, sourceUrl: \"javascript:alert(1)\") { created } }",
                interview("jsurl", 3)).expectCode("BAD_USER_INPUT"));
        attack("Search of 1100 words", "BAD_USER_INPUT", () -> graphql(null, null,
                "{ search(query: \"" + "word ".repeat(1100) + "\") { totalCount } }").expectCode("BAD_USER_INPUT"));
        attack("Forged search cursor", "BAD_USER_INPUT", () -> graphql(null, null,
                "{ search(query: \"ukraine\", after: \"Zm9yZ2VkOjE6Mg\") { totalCount } }").expectCode("BAD_USER_INPUT"));
        attack("first: 2147483648", "a coded error", () -> {
            Answer a = graphql(null, null, "{ articles(first: 2147483648) { totalCount } }");
            return a.expect(a.status < 500 && a.code() != null && !a.body.contains("\"data\":{\"articles\""));
        });
        attack("Newline in the import's name", "no forged log line", this::forgedLogLine);
        attack("300 wrong passwords", "paused after 5", this::wrongPasswords);
        attack("8 parallel addExcerpt", "8 distinct positions", () -> parallelExcerpts(lesson));
        attack("A Latin-1 document", "NOT_UTF8 warning returned", () -> {
            byte[] latin1 = interview("café", 3).getBytes(StandardCharsets.ISO_8859_1);
            Answer a = send(request("/api/articles?name=latin1.txt", editor).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
            return a.expect(a.status < 300 && a.body.contains("NOT_UTF8"));
        });
        attack("kill -9 during a stream of imports", "every acknowledged import present", this::killDuringImports);
    }

    private Answer otherInterface() throws IOException {
        InetAddress other = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    other = address;
                }
            }
        }
        if (other == null) {
            return new Answer(0, "no other interface on this machine", 0).expect(true);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(other, port), 2000);
            return new Answer(0, "connected on " + other.getHostAddress(), 0).expect(false);
        } catch (ConnectException e) {
            return new Answer(0, "refused on " + other.getHostAddress(), 0).expect(true);
        }
    }

    private Answer sharedHeadline(int count) throws Exception {
        Set<String> slugs = new TreeSet<>();
        int failures = 0;
        long took = 0;
        for (int i = 0; i < count; i++) {
            String text = interview("the same headline", 3).replace("workshop for eleven years", "workshop for " + (i + 2) + " years");
            Answer a = postText("/api/articles", "editor", editorPassword, "text/plain", text);
            took += a.millis;
            Matcher slug = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"").matcher(a.body);
            if (a.status == 201 && slug.find()) {
                slugs.add(slug.group(1));
            } else {
                failures++;
            }
        }
        return new Answer(200, slugs.size() + " distinct articles, " + failures + " failed", took)
                .expect(slugs.size() == count && failures == 0);
    }

    private Answer parallelSameText() throws Exception {
        String text = interview("parallel", 4);
        List<Answer> answers = inParallel(8, i -> postText("/api/articles", "editor", editorPassword, "text/plain", text));
        long created = answers.stream().filter(a -> a.status == 201).count();
        long known = answers.stream().filter(a -> a.status == 200).count();
        Set<String> ids = new TreeSet<>();
        answers.forEach(a -> ids.add(idOf(a)));
        return new Answer(200, created + "×201, " + known + "×200, " + ids.size() + " article id(s)", slowest(answers))
                .expect(created == 1 && known == 7 && ids.size() == 1);
    }

    private Answer parallelRevisions() throws Exception {
        String url = "https://example.org/revised-" + System.nanoTime();
        String path = "/api/articles?sourceUrl=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        postText(path, "editor", editorPassword, "text/plain", interview("revisions", 3));
        List<Answer> answers = inParallel(6, i -> postText(path, "editor", editorPassword, "text/plain",
                interview("revisions", 3 + i + 1)));
        long errors = answers.stream().filter(a -> a.status >= 500).count();
        Set<String> revisions = new TreeSet<>();
        for (Answer a : answers) {
            Matcher m = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)").matcher(a.body);
            if (m.find()) {
                revisions.add(m.group(1));
            }
        }
        return new Answer(200, errors + "×5xx, revisions " + revisions, slowest(answers))
                .expect(errors == 0 && revisions.size() == 6);
    }

    private Answer forgedLogLine() throws Exception {
        String name = "harmless.txt\n2026-01-01 00:00:00,000 INFO  [dev.colloquy] forged line";
        Answer a = postText("/api/articles?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "editor",
                editorPassword, "text/plain", interview("logline", 3));
        Thread.sleep(500);
        boolean forged = Files.readAllLines(work.resolve("service.log")).stream()
                .anyMatch(line -> line.startsWith("2026-01-01 00:00:00,000"));
        return new Answer(a.status, (forged ? "forged line in the log" : "log line kept whole") + "; HTTP " + a.status,
                a.millis).expect(!forged && a.status < 500);
    }

    private Answer wrongPasswords() throws Exception {
        int refusedRight = 0;
        long took = 0;
        for (int i = 0; i < 300; i++) {
            Answer a = graphql("target", "wrong-" + i, "{ viewer { name } }");
            took += a.millis;
        }
        Answer right = graphql("target", teacherPassword, "{ viewer { name } }");
        refusedRight = right.status == 401 ? 1 : 0;
        return new Answer(right.status, "300×401, then the right password: HTTP " + right.status, took)
                .expect(refusedRight == 1);
    }

    private Answer parallelExcerpts(String lesson) throws Exception {
        String exchange = firstExchange();
        List<Answer> answers = inParallel(8, i -> graphql("teacher", teacherPassword,
                "mutation { addExcerpt(input: {lessonId: \"" + lesson + "\", exchangeId: \"" + exchange + "\"}) { position } }"));
        List<String> positions = new ArrayList<>();
        for (Answer a : answers) {
            Matcher m = Pattern.compile("\"position\"\\s*:\\s*(\\d+)").matcher(a.body);
            if (m.find()) {
                positions.add(m.group(1));
            }
        }
        Set<String> unique = new TreeSet<>(positions);
        return new Answer(200, "positions " + positions, slowest(answers))
                .expect(positions.size() == 8 && unique.size() == 8);
    }

    /** Imports a stream of documents, kills the service with SIGKILL mid-stream, restarts it and counts. */
    private Answer killDuringImports() throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Thread stream = new Thread(() -> {
            for (int i = 0; i < 400; i++) {
                try {
                    Answer a = postText("/api/articles", "editor", editorPassword, "text/plain", interview("stream " + i, 3));
                    if (a.status == 201) {
                        acknowledged.add(idOf(a));
                    }
                } catch (Exception e) {
                    return;
                }
            }
        });
        stream.start();
        Thread.sleep(4000);
        service.destroyForcibly().waitFor();
        stream.join();
        start();
        int found = 0;
        for (String id : acknowledged) {
            Answer a = graphql(null, null, "{ node(id: \"" + id + "\") { id } }");
            if (a.body.contains(id)) {
                found++;
            }
        }
        return new Answer(200, acknowledged.size() + " acknowledged, " + found + " found after restart", 0)
                .expect(found == acknowledged.size() && !acknowledged.isEmpty());
    }

    // --- plumbing ---------------------------------------------------------------------------------------

    private interface Attack {
        Answer run() throws Exception;
    }

    private interface Indexed {
        Answer run(int i) throws Exception;
    }

    /** One answer: status, body, time taken; safe says whether it is the expected, safe one. */
    private static final class Answer {
        final int status;
        final String body;
        final long millis;
        boolean safe;

        Answer(int status, String body, long millis) {
            this.status = status;
            this.body = body;
            this.millis = millis;
        }

        Answer expect(boolean safe) {
            this.safe = safe && !INTERNALS.matcher(body).find();
            return this;
        }

        Answer expectCode(String code) {
            return expect(status < 500 && code.equals(code()));
        }

        String code() {
            Matcher m = CODE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        String summary() {
            String code = code();
            String text = status == 0 || status == 200 && code == null ? body : "HTTP " + status + (code == null ? "" : " " + code);
            text = text.replace('\n', ' ').replace("|", "\\|");
            return text.length() > 90 ? text.substring(0, 90) + "…" : text;
        }
    }

    private void attack(String name, String expected, Attack attack) {
        long before = rssMb();
        Answer answer;
        try {
            answer = attack.run();
        } catch (Exception e) {
            answer = new Answer(0, "client error: " + e, 0).expect(false);
        }
        rows.add("| " + name + " | " + expected + " | " + answer.summary() + " | " + answer.millis + " ms | "
                + before + " → " + rssMb() + " MB | " + (answer.safe ? "yes" : "**no**") + " |");
        System.err.println("abuse run: " + name + ": " + (answer.safe ? "safe" : "NOT SAFE") + " (" + answer.summary() + ")");
    }

    private List<Answer> inParallel(int n, Indexed call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.run(index)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static long slowest(List<Answer> answers) {
        return answers.stream().mapToLong(a -> a.millis).max().orElse(0);
    }

    private Answer graphql(String user, String password, String query) throws Exception {
        return graphql(user, password, query, null);
    }

    private Answer graphql(String user, String password, String query, String text) throws Exception {
        String variables = text == null ? "{}" : "{\"t\":" + json(text) + "}";
        HttpRequest.Builder r = request("/graphql", null).header("Content-Type", "application/json")
                .POST(body("{\"query\":" + json(query) + ",\"variables\":" + variables + "}"));
        return send(user == null ? r : r.header("Authorization", basic(user, password)));
    }

    private Answer postText(String path, String user, String password, String type, String text) throws Exception {
        return send(request(path, null).header("Authorization", basic(user, password)).header("Content-Type", type)
                .POST(body(text)));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120));
        return user == null ? r : r.header("Authorization", basic(user, "editor".equals(user) ? editorPassword : teacherPassword));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - started) / 1_000_000);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String idOf(Answer answer) {
        Matcher m = ID.matcher(answer.body);
        return m.find() ? m.group(1) : "";
    }

    private String firstExchange() throws Exception {
        return idOf(graphql(null, null, "{ exchanges(first: 1) { nodes { id } } }"));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A made-up unlabelled interview; the tag makes its text and headline distinct. */
    private static String interview(String tag, int exchanges) {
        StringBuilder text = new StringBuilder("Talking shop with Elna Varga about " + tag + "\n\n"
                + "Elna Varga has run the town's cooperative workshop for eleven years. We met her to ask about "
                + tag + " and about what the next seasons may bring.\n\n");
        for (int i = 1; i <= exchanges; i++) {
            text.append("What did you learn from part ").append(i).append(" of ").append(tag).append("?\n\n");
            text.append("I think part ").append(i).append(" taught me patience more than anything else. When I started,")
                    .append(" I wanted every change at once, and I was often disappointed. Over time I learned that we")
                    .append(" move at the speed of the slowest volunteer, and that this is not a weakness.\n\n");
        }
        return text.toString();
    }

    // --- the service ------------------------------------------------------------------------------------

    private void start() throws Exception {
        service = new ProcessBuilder("java", "-Xmx1g", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("data/colloquy").toAbsolutePath(),
                "-Dcolloquy.corpus.dir=" + work.resolve("corpus").toAbsolutePath(),
                "-jar", app.resolve("quarkus-run.jar").toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(request("/q/health/ready", null).GET()).status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + work.resolve("service.log"));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready within 180 s");
    }

    private void stop() {
        if (service != null) {
            service.destroy();
        }
    }

    private long rssMb() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/" + service.pid() + "/status"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux) or the process is gone
        }
        return -1;
    }

    private static final String INTROSPECTION = """
            query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
              types { ...FullType } directives { name description locations args { ...InputValue } } } }
            fragment FullType on __Type { kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }
                isDeprecated deprecationReason }
              inputFields { ...InputValue } interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """;
}
