package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.Connections;
import dev.colloquy.api.graphql.KeysetQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The sources the corpus import rejected, by content hash and importer version, so that a restart skips them
 * instead of parsing them again; and their listing for editors.
 */
@ApplicationScoped
public class RejectedSources {

    /** Reasons are the importer's one-liners; a longer one is cut, never refused. */
    private static final int MAX_REASON = 2000;

    @Inject
    EntityManager em;

    @Inject
    ImporterVersion version;

    @Inject
    Connections connections;

    /** The hashes the running importer rejected before. */
    @Transactional
    public Set<String> rejectedHashes() {
        return new HashSet<>(em.createQuery(
                        "select r.contentHash from RejectedSourceRow r where r.importerVersion = :v", String.class)
                .setParameter("v", version.id())
                .getResultList());
    }

    /**
     * Records a rejection. Two instances starting on one database may record the same one at once; the unique
     * key then refuses the second, which changes nothing, so that failure is swallowed by the caller.
     */
    @Transactional
    public void record(String contentHash, String name, String reason) {
        RejectedSourceRow row = new RejectedSourceRow();
        row.contentHash = contentHash;
        row.importerVersion = version.id();
        row.originName = cut(name, 500);
        row.reason = cut(reason, MAX_REASON);
        row.rejectedAt = Instant.now();
        row.persist();
    }

    /** The rejections, oldest first; those of older importer versions too, marked as not current. */
    public RejectedSourceConnection page(Integer first, String after, boolean currentOnly) {
        KeysetQuery<RejectedSourceRow> query = KeysetQuery.over(RejectedSourceRow.class, "r", "")
                .where("r.importerVersion = :v", "v", currentOnly ? version.id() : null);
        return connections.page(
                query,
                first,
                after,
                RejectedSource.TYPE,
                row -> RejectedSource.of(row, version.id()),
                RejectedSourceConnection::new);
    }

    /** For node(id:). */
    public Optional<RejectedSource> find(long key) {
        return RejectedSourceRow.<RejectedSourceRow>findByIdOptional(key)
                .map(row -> RejectedSource.of(row, version.id()));
    }

    private static String cut(String text, int max) {
        String line = text == null ? "" : text;
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
