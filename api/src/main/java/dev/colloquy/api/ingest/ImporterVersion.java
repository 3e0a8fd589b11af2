package dev.colloquy.api.ingest;

import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.Importer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The version of the importer a rejection holds for: a SHA-256 over the names and contents of the classes and
 * resources of the importer and the core model (the word lists and fitted weights included), read from their jars
 * or build folders. Computed rather than declared, so that no change to the importer can forget to bump it: any
 * changed byte, and only that, makes the rejected sources worth reading again. Jar metadata (META-INF) is left out,
 * so rebuilding the same code gives the same version.
 */
@ApplicationScoped
public class ImporterVersion {

    private static final Logger LOG = Logger.getLogger(ImporterVersion.class);

    private final String id = compute(List.of(Importer.class, SourceDocument.class));

    /** 64 hex digits; the same for the same importer code and resources. */
    public String id() {
        return id;
    }

    private static String compute(List<Class<?>> anchors) {
        MessageDigest digest = sha256();
        for (Class<?> anchor : anchors) {
            try {
                digestCodeOf(anchor, digest);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unreadable code (an unusual class loader): a version of this run only, so that rejected sources
                // are parsed again on every start, as before rejections were recorded, rather than never again.
                LOG.warnf(
                        "cannot read the code of %s to version it (%s); rejected sources are read again on each start",
                        anchor.getName(), e.toString());
                digest.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestCodeOf(Class<?> anchor, MessageDigest digest) throws IOException, URISyntaxException {
        String classFile = anchor.getName().replace('.', '/') + ".class";
        URL url = anchor.getClassLoader().getResource(classFile);
        if (url == null) {
            throw new IOException("no resource " + classFile);
        }
        if ("jar".equals(url.getProtocol())) {
            URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
            digestJar(Paths.get(jar.toURI()), digest);
        } else if ("file".equals(url.getProtocol())) {
            Path file = Paths.get(url.toURI());
            Path root = file;
            for (int i = 0; i < classFile.split("/").length; i++) {
                root = root.getParent();
            }
            digestFolder(root, digest);
        } else {
            throw new IOException("code at " + url + " is neither in a jar nor in a folder");
        }
    }

    private static void digestJar(Path jarPath, MessageDigest digest) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    digestEntry(entry.getName(), in.readAllBytes(), digest);
                }
            }
        }
    }

    private static void digestFolder(Path root, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !root.relativize(f).toString().startsWith("META-INF"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            try {
                digestEntry(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file), digest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void digestEntry(String name, byte[] content, MessageDigest digest) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
