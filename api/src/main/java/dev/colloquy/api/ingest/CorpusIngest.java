package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.LogSafe;
import dev.colloquy.importer.source.SourceDecoder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the corpus when the service starts: first the sample shipped inside the jar, then the files of
 * {@code colloquy.corpus.dir}. A restart parses nothing it has seen: texts imported before (by content hash) and
 * texts the running importer rejected before ({@link RejectedSources}) are skipped after reading and hashing them,
 * so start-up time grows with the bytes of the folder, not with parsing. New files are parsed on every core and
 * stored one by one in name order, each in a transaction of its own. A file that fails to parse is logged,
 * recorded with its reason and skipped, so one bad file cannot keep the service down.
 *
 * <p>The sample is imported before the service answers; the folder, which may hold thousands of new files on a
 * first start, is imported in the background ({@code colloquy.corpus.background-import}): the service answers and
 * is live at once, and reports itself not ready ({@link CorpusImportReadiness}) until the folder's files are in.
 * Stopping the service stops the import after the file being stored; the files left are imported on the next
 * start.
 */
@ApplicationScoped
public class CorpusIngest {

    private static final Logger LOG = Logger.getLogger(CorpusIngest.class);
    private static final String CLASSPATH_FOLDER = "corpus";
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    @Inject
    ImportService imports;

    @Inject
    ArticleStore store;

    @Inject
    RejectedSources rejections;

    @Inject
    CorpusFiles corpusFiles;

    @Inject
    Event<FolderImportStarting> folderImportStarting;

    @ConfigProperty(name = "colloquy.corpus.dir", defaultValue = "./corpus")
    Path corpusDir;

    /**
     * Whether a folder file whose size and modification time are those recorded when it was last read is taken as
     * unchanged without reading it. Off for folders whose tools rewrite files keeping both (rsync -t of an edit
     * that keeps the size, restored backups).
     */
    @ConfigProperty(name = "colloquy.corpus.trust-file-times", defaultValue = "true")
    boolean trustFileTimes;

    /** Whether the folder is imported after the service starts answering rather than before. */
    @ConfigProperty(name = "colloquy.corpus.background-import", defaultValue = "true")
    boolean backgroundImport;

    /** Set when the service stops: the folder's import ends after the file it is storing. */
    private volatile boolean stopping;

    /** The start-up import while it runs in the background. */
    private volatile Thread startUpImport;

    /** How far the folder's import has come: files found new, and of those stored or refused. */
    private final AtomicInteger newFiles = new AtomicInteger();

    private final AtomicInteger doneFiles = new AtomicInteger();

    void onStart(@Observes StartupEvent event) {
        if (!backgroundImport) {
            importAll();
            return;
        }
        CorpusRun.Tally tally = new CorpusRun.Tally();
        Known known = known();
        importShipped(known, tally);
        Thread thread = new Thread(() -> importFolderLogged(known, tally), "corpus-import");
        startUpImport = thread;
        thread.start();
    }

    /**
     * Fired on the background import's thread before it looks at the folder, with the service already
     * starting to answer: an observer sees the service as it is while the folder is imported.
     */
    public record FolderImportStarting(Path folder) {}

    private void importFolderLogged(Known known, CorpusRun.Tally tally) {
        try {
            folderImportStarting.fire(new FolderImportStarting(corpusDir));
            importFolder(known, tally, System.nanoTime());
        } catch (RuntimeException e) {
            // Each stored file committed on its own; the files not stored are tried again on the next start.
            LOG.errorf(e, "corpus ingestion of the folder %s failed", corpusDir.toAbsolutePath());
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread running = startUpImport;
        if (running != null) {
            // The file being stored commits or rolls back; no later one is begun.
            running.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    /** The start-up import's progress while it runs in the background; empty once it is over (or never ran). */
    public Optional<Progress> startUpImport() {
        Thread running = startUpImport;
        return running != null && running.isAlive()
                ? Optional.of(new Progress(newFiles.get(), doneFiles.get()))
                : Optional.empty();
    }

    /** How far an import of the folder has come: of the files found new, how many are stored or refused. */
    public record Progress(int newFiles, int done) {}

    /**
     * Imports the shipped sample and the folder's files, as on start. An edited file of the folder becomes a new
     * revision of the article made from it before (same file name).
     */
    public CorpusRun importAll() {
        long started = System.nanoTime();
        Known known = known();
        CorpusRun.Tally tally = new CorpusRun.Tally();
        importShipped(known, tally);
        return importFolder(known, tally, started);
    }

    private Known known() {
        return new Known(new HashSet<>(store.importedHashes()), new HashSet<>(rejections.rejectedHashes()));
    }

    private void importShipped(Known known, CorpusRun.Tally tally) {
        for (Document document : shippedDocuments()) {
            importQuietly(document, known, tally);
        }
    }

    private CorpusRun importFolder(Known known, CorpusRun.Tally tally, long started) {
        // Once nothing is parsed again, reading and hashing the folder is most of a restart's work: files whose
        // size and time are as recorded are not read at all, the others are read and hashed on every core; then
        // the files whose text is new are parsed on every core and stored one by one, in name order.
        Map<String, CorpusFiles.Seen> recorded = trustFileTimes ? corpusFiles.recorded() : Map.of();
        List<Path> files = folderFiles();
        List<Look> looks =
                files.parallelStream().map(file -> look(file, known, recorded)).toList();
        List<CorpusFiles.Seen> learnt = new ArrayList<>();
        List<Path> fresh = new ArrayList<>();
        List<Look> freshLooks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Look look = looks.get(i);
            switch (look.seen()) {
                case IMPORTED -> tally.known++;
                case REJECTED -> tally.rejectedBefore++;
                case NEW -> {
                    fresh.add(files.get(i));
                    freshLooks.add(look);
                }
            }
            if (look.seen() != Seen.NEW) {
                look.learnt().ifPresent(learnt::add);
            }
            if (look.unread()) {
                tally.unread++;
            }
        }
        newFiles.set(fresh.size());
        doneFiles.set(0);
        List<String> freshHashes = importNew(fresh, known, tally);
        for (int i = 0; i < freshHashes.size(); i++) {
            freshLooks.get(i).hashWith(freshHashes.get(i)).ifPresent(learnt::add);
        }
        if (trustFileTimes) {
            corpusFiles.record(learnt);
        }
        CorpusRun run = tally.done();
        LOG.infof(
                "corpus ingestion done in %d ms: %d new document(s) imported, %d known, %d rejected now, %d rejected"
                        + " before and skipped; %d of %d folder file(s) unchanged by size and time, not read",
                (System.nanoTime() - started) / 1_000_000,
                run.imported(),
                run.known(),
                run.rejected(),
                run.rejectedBefore(),
                run.unread(),
                files.size());
        return run;
    }

    /**
     * What a first look at a folder file found: whether its text is known, whether the file was left unread
     * (size and time as recorded), and its stamp and hash to record when it was read.
     */
    private record Look(Seen seen, boolean unread, String name, Optional<CorpusFiles.Stamp> stamp, String hash) {

        Optional<CorpusFiles.Seen> learnt() {
            return hashWith(hash);
        }

        /** What to record of the file: its stamp from before it was read, with the hash of the text read. */
        Optional<CorpusFiles.Seen> hashWith(String contentHash) {
            return unread || contentHash == null
                    ? Optional.empty()
                    : stamp.map(s -> new CorpusFiles.Seen(name, s, contentHash));
        }
    }

    /** Looks at a file: by its recorded hash if its size and time are unchanged, otherwise by reading it. */
    private Look look(Path file, Known known, Map<String, CorpusFiles.Seen> recorded) {
        String name = file.getFileName().toString();
        Optional<CorpusFiles.Stamp> stamp = CorpusFiles.Stamp.of(file); // before reading: a later edit shows
        CorpusFiles.Seen before = recorded.get(name);
        if (before != null && stamp.isPresent() && before.stamp().equals(stamp.get())) {
            Seen seen = seen(before.contentHash(), known);
            if (seen != Seen.NEW) {
                return new Look(seen, true, name, stamp, before.contentHash());
            }
        }
        Optional<String> hash = readFile(file).map(this::hashOf);
        return new Look(hash.map(h -> seen(h, known)).orElse(Seen.NEW), false, name, stamp, hash.orElse(null));
    }

    /** A document to import: a name for messages and the bytes. */
    record Document(String name, byte[] bytes) {}

    /** The content hashes a run skips: texts imported before, and sources the running importer rejected. */
    private record Known(Set<String> imported, Set<String> rejected) {}

    /** What a file's hash says before anything is parsed. */
    private enum Seen {
        IMPORTED,
        REJECTED,
        NEW
    }

    /** The hash that stands for a document: its text's, or its bytes' when it cannot be read as text. */
    private String hashOf(Document document) {
        try {
            return imports.readCorpusFile(document.name(), document.bytes())
                    .document()
                    .contentHash();
        } catch (ImportFailedException e) {
            return sha256(document.bytes());
        }
    }

    /** What a hash says; only reads the sets, so that files may be looked at in parallel. */
    private static Seen seen(String hash, Known known) {
        if (known.imported().contains(hash)) {
            return Seen.IMPORTED;
        }
        return known.rejected().contains(hash) ? Seen.REJECTED : Seen.NEW;
    }

    /**
     * Parses the new files of the folder on every core and stores them on this thread, one transaction each, in name
     * order: what a sequential import would store, sooner. Only a few files are parsed ahead of the one being
     * stored, so that a large folder is never held in memory at once; the worker threads read no shared state.
     */
    private List<String> importNew(List<Path> files, Known known, CorpusRun.Tally tally) {
        List<String> hashes = new ArrayList<>();
        if (files.isEmpty()) {
            return hashes;
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService parsers = Executors.newFixedThreadPool(threads, CorpusIngest::parserThread);
        try {
            Deque<Future<Optional<Parsed>>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < PARSED_AHEAD_PER_CORE * threads) {
                    Path file = files.get(next++);
                    ahead.add(parsers.submit(() -> parse(file)));
                }
                Optional<Parsed> parsed = finished(ahead.removeFirst());
                hashes.add(parsed.map(one -> importQuietly(
                                one.document(), known, tally, one::read, read -> imports.storeCorpusFile(one.file())))
                        .orElse(null));
                doneFiles.incrementAndGet();
                if (stopping || Thread.currentThread().isInterrupted()) {
                    LOG.infof(
                            "corpus ingestion stopped with the service; %d new file(s) left for the next start",
                            files.size() - hashes.size());
                    return hashes;
                }
            }
        } finally {
            parsers.shutdownNow();
        }
        return hashes;
    }

    private static final int PARSED_AHEAD_PER_CORE = 2;

    private static Thread parserThread(Runnable task) {
        Thread thread = new Thread(task, "corpus-parser");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * A new file of the folder as a worker thread leaves it: read, decoded and parsed, or the importer's reason for
     * refusing it; empty when the file could not be read (logged).
     */
    private record Parsed(Document document, ImportService.ParsedFile file, ImportFailedException unreadable) {

        SourceDecoder.Decoded read() {
            if (unreadable != null) {
                throw unreadable;
            }
            return file.read();
        }
    }

    private Optional<Parsed> parse(Path path) {
        return readFile(path).map(document -> {
            try {
                SourceDecoder.Decoded read = imports.readCorpusFile(document.name(), document.bytes());
                return new Parsed(document, imports.parseCorpusFile(read), null);
            } catch (ImportFailedException e) {
                return new Parsed(document, null, e);
            }
        });
    }

    /** The worker's result; a defect of the worker is the store's failure, as in a sequential import. */
    private static Optional<Parsed> finished(Future<Optional<Parsed>> parsing) {
        try {
            return parsing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("corpus ingestion interrupted; the files not yet stored are imported on the next start");
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "skipped a file of the corpus folder: could not parse it");
            return Optional.empty();
        }
    }

    private String importQuietly(Document document, Known known, CorpusRun.Tally tally) {
        return importQuietly(
                document,
                known,
                tally,
                () -> imports.readCorpusFile(document.name(), document.bytes()),
                imports::importCorpusFile);
    }

    /**
     * Imports a document unless its text is known or was rejected before, counting what happened; a document the
     * importer refuses is recorded as rejected with its reason. Returns the hash that stands for the document
     * (null when it could not be stored for a reason that is not the document's, so that nothing is recorded of
     * it).
     */
    private String importQuietly(
            Document document,
            Known known,
            CorpusRun.Tally tally,
            Supplier<SourceDecoder.Decoded> reading,
            Function<SourceDecoder.Decoded, ImportOutcome> importing) {
        String hash = null;
        try {
            SourceDecoder.Decoded read = reading.get();
            hash = read.document().contentHash();
            if (known.imported().contains(hash)) {
                tally.known++;
                return hash;
            }
            if (known.rejected().contains(hash)) {
                tally.rejectedBefore++;
                return hash;
            }
            ImportOutcome outcome = importing.apply(read);
            known.imported().add(hash);
            if (outcome.created()) {
                tally.imported++;
                LOG.infof(
                        "imported %s as '%s' (revision %d, %d exchanges, %d warnings)",
                        LogSafe.text(document.name()),
                        outcome.slug(),
                        outcome.revision(),
                        outcome.exchangeCount(),
                        outcome.warnings().size());
            }
            return hash;
        } catch (ImportFailedException e) {
            // A file that is no text has no text hash: its bytes' hash stands for it.
            String key = hash != null ? hash : sha256(document.bytes());
            if (known.rejected().contains(key)) {
                tally.rejectedBefore++;
                return key;
            }
            LOG.errorf("skipped %s: %s", LogSafe.text(document.name()), LogSafe.text(e.getMessage()));
            reject(key, document.name(), e.getMessage());
            known.rejected().add(key);
            tally.rejected++;
            return key;
        } catch (RuntimeException e) {
            // Not the document's fault (the database, a bug in storing): not recorded, so the next start tries again.
            LOG.errorf(e, "skipped %s: could not store it", LogSafe.text(document.name()));
            return null;
        }
    }

    private void reject(String hash, String name, String reason) {
        try {
            rejections.record(hash, name, reason);
        } catch (RuntimeException e) {
            // Another instance recorded it first (the unique key), or the database is away: the next start parses it
            // again, which costs time, never correctness.
            LOG.debugf("could not record the rejection of %s: %s", LogSafe.text(name), e.toString());
        }
    }

    /** The sample inside the service jar (or target/classes when run from the build). */
    List<Document> shippedDocuments() {
        List<Document> documents = new ArrayList<>();
        try {
            for (URL url : Collections.list(
                    Thread.currentThread().getContextClassLoader().getResources(CLASSPATH_FOLDER))) {
                documents.addAll(readFolder(url.toURI()));
            }
        } catch (IOException | RuntimeException | URISyntaxException e) {
            LOG.warnf("could not list the corpus shipped in the jar: %s", e.toString());
        }
        return documents;
    }

    private List<Document> readFolder(URI uri) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            // Inside the service jar: open it as a file system just long enough to read the folder.
            String inside = uri.toString().substring(uri.toString().indexOf('!') + 1);
            try {
                return read(FileSystems.getFileSystem(uri).getPath(inside), "classpath:" + CLASSPATH_FOLDER + "/");
            } catch (FileSystemNotFoundException notOpenYet) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(inside), "classpath:" + CLASSPATH_FOLDER + "/");
                }
            }
        }
        return read(Paths.get(uri), "classpath:" + CLASSPATH_FOLDER + "/");
    }

    /** The article files of the configured folder, by name; a missing folder is normal (the sample is in the jar). */
    List<Path> folderFiles() {
        if (!Files.isDirectory(corpusDir)) {
            LOG.infof("no corpus folder at %s; only the shipped sample is served", corpusDir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(corpusDir)) {
            return files.filter(CorpusIngest::isArticleFile).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("could not read the corpus folder %s: %s", corpusDir.toAbsolutePath(), e.toString());
            return List.of();
        }
    }

    /** One file of the folder, read when its turn comes, so that a large folder is never held in memory at once. */
    private static Optional<Document> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new Document(file.getFileName().toString(), in.readAllBytes()));
        } catch (IOException e) {
            LOG.errorf("could not read %s: %s", LogSafe.text(file.getFileName().toString()), e.toString());
            return Optional.empty();
        }
    }

    private static List<Document> read(Path folder, String namePrefix) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(CorpusIngest::isArticleFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    documents.add(new Document(namePrefix + file.getFileName().toString(), in.readAllBytes()));
                }
            }
        }
        return documents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
