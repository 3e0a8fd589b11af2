package dev.colloquy.api.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The log of committed changes to articles' searchable content (tables article_change and corpus_clock, see
 * V5__startup_state.sql), which derived views such as the search index follow. Imports write it in their own
 * transaction; readers use plain JDBC outside any transaction, so that following the log adds nothing to the
 * statements Hibernate counts for a request.
 */
@ApplicationScoped
public class ArticleChanges {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** The clock's state: the last change committed and the identity of this database. */
    public record Clock(long lastChange, String corpusId) {}

    /** One committed change: article articleKey changed, as change number seq. */
    public record Change(long seq, long articleKey) {}

    /**
     * Numbers a change of the article within the caller's transaction. The update locks the clock's one row
     * until the transaction ends, so concurrent imports take their numbers in the order they commit, and a rolled
     * back import gives its number back: the log has no gaps and no change commits behind a later one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(long articleKey) {
        em.createNativeQuery("update corpus_clock set last_change = last_change + 1 where id = 1")
                .executeUpdate();
        long seq = ((Number) em.createNativeQuery("select last_change from corpus_clock where id = 1")
                        .getSingleResult())
                .longValue();
        em.createNativeQuery("insert into article_change (seq, article_id, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, seq)
                .setParameter(2, articleKey)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return seq;
    }

    /** The clock as committed now; gives the database its identity the first time it is asked. */
    public Clock clock() {
        try (Connection c = dataSource.getConnection()) {
            Clock clock = readClock(c);
            if (clock.corpusId() != null) {
                return clock;
            }
            // Two instances may start at once: only the first update finds the identity unset.
            try (PreparedStatement set =
                    c.prepareStatement("update corpus_clock set corpus_id = ? where id = 1 and corpus_id is null")) {
                set.setString(1, UUID.randomUUID().toString());
                set.executeUpdate();
            }
            return readClock(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log: " + e.getMessage(), e);
        }
    }

    /** The changes committed after seq, oldest first, at most limit of them. */
    public List<Change> since(long seq, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select seq, article_id from article_change where seq > ? order by seq")) {
            s.setLong(1, seq);
            s.setMaxRows(limit);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getLong(2)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log: " + e.getMessage(), e);
        }
    }

    private static Clock readClock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select last_change, corpus_id from corpus_clock where id = 1");
                ResultSet row = s.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("corpus_clock has no row: the V5 migration did not run");
            }
            return new Clock(row.getLong(1), row.getString(2));
        }
    }
}
