package dev.colloquy.api.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The corpus folder's files as the start-up import last read them (table corpus_file): name, size, modification
 * time and the hash of the text the running importer made of them. A file whose size and time are unchanged is
 * not read again on the next start; its recorded hash says whether it was imported or rejected before. Plain JDBC,
 * one statement to load and one batch to record, outside the imports' transactions.
 */
@ApplicationScoped
public class CorpusFiles {

    private static final Logger LOG = Logger.getLogger(CorpusFiles.class);

    @Inject
    DataSource dataSource;

    @Inject
    ImporterVersion version;

    /** A file's size and modification time (milliseconds), as the file system reports them. */
    public record Stamp(long size, long modifiedMillis) {

        /** The file's stamp now, or empty when it cannot be read. */
        static Optional<Stamp> of(Path file) {
            try {
                return Optional.of(new Stamp(
                        Files.size(file), Files.getLastModifiedTime(file).toMillis()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** What was recorded of one file: its stamp when its text was hashed, and the hash. */
    public record Seen(String name, Stamp stamp, String contentHash) {}

    /** The files recorded by the running importer version, by name; empty if the table cannot be read. */
    public Map<String, Seen> recorded() {
        Map<String, Seen> seen = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select name, size_bytes, modified_ms, content_hash"
                        + " from corpus_file where importer_version = ?")) {
            select.setString(1, version.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    seen.put(name, new Seen(name, new Stamp(rows.getLong(2), rows.getLong(3)), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            LOG.warnf("could not read what was known of the corpus folder; every file is read: %s", e.toString());
            return Map.of();
        }
        return seen;
    }

    /**
     * Records these files as seen now, replacing what was recorded of them. No transaction is needed: a row
     * missing after a failure between the deletes and the inserts only costs the next start a read of that file,
     * never a wrong answer, so failures are logged and not thrown.
     */
    public void record(Collection<Seen> files) {
        if (files.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from corpus_file where name = ?");
                    PreparedStatement insert = c.prepareStatement("insert into corpus_file"
                            + " (name, size_bytes, modified_ms, content_hash, importer_version)"
                            + " values (?, ?, ?, ?, ?)")) {
                for (Seen file : files) {
                    delete.setString(1, file.name());
                    delete.addBatch();
                    insert.setString(1, file.name());
                    insert.setLong(2, file.stamp().size());
                    insert.setLong(3, file.stamp().modifiedMillis());
                    insert.setString(4, file.contentHash());
                    insert.setString(5, version.id());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
        } catch (SQLException e) {
            LOG.warnf("could not record what is known of %d corpus file(s): %s", files.size(), e.toString());
        }
    }
}
