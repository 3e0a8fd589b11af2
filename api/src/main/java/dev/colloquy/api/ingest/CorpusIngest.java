package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.LogSafe;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the corpus when the service starts: first the sample shipped inside the jar, then the files of
 * {@code colloquy.corpus.dir}. Content hashes make this idempotent, so a restart writes nothing new; a
 * file that fails to parse is logged and skipped, so one bad file cannot keep the service down.
 */
@ApplicationScoped
public class CorpusIngest {

    private static final Logger LOG = Logger.getLogger(CorpusIngest.class);
    private static final String CLASSPATH_FOLDER = "corpus";
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    @Inject
    ImportService imports;

    @ConfigProperty(name = "colloquy.corpus.dir", defaultValue = "./corpus")
    Path corpusDir;

    void onStart(@Observes StartupEvent event) {
        importAll();
    }

    /**
     * Imports the shipped sample and the folder's files, as on start; returns how many were new texts. An
     * edited file of the folder becomes a new revision of the article made from it before (same file name).
     */
    public int importAll() {
        int imported = 0;
        for (Document document : shippedDocuments()) {
            imported += importQuietly(document) ? 1 : 0;
        }
        for (Document document : folderDocuments()) {
            imported += importQuietly(document) ? 1 : 0;
        }
        LOG.infof("corpus ingestion done: %d new document(s) imported", imported);
        return imported;
    }

    /** A document to import: a name for messages and the bytes. */
    record Document(String name, byte[] bytes) {}

    private boolean importQuietly(Document document) {
        try {
            ImportOutcome outcome = imports.importCorpusFile(document.name(), document.bytes());
            if (outcome.created()) {
                LOG.infof(
                        "imported %s as '%s' (revision %d, %d exchanges, %d warnings)",
                        LogSafe.text(document.name()),
                        outcome.slug(),
                        outcome.revision(),
                        outcome.exchangeCount(),
                        outcome.warnings().size());
            }
            return outcome.created();
        } catch (ImportFailedException e) {
            LOG.errorf("skipped %s: %s", LogSafe.text(document.name()), LogSafe.text(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "skipped %s: could not store it", LogSafe.text(document.name()));
        }
        return false;
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

    /** The files of the configured folder; a missing folder is normal (the sample is in the jar). */
    List<Document> folderDocuments() {
        if (!Files.isDirectory(corpusDir)) {
            LOG.infof("no corpus folder at %s; only the shipped sample is served", corpusDir.toAbsolutePath());
            return List.of();
        }
        try {
            return read(corpusDir, "");
        } catch (IOException e) {
            LOG.errorf("could not read the corpus folder %s: %s", corpusDir.toAbsolutePath(), e.toString());
            return List.of();
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

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
