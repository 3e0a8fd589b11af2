package dev.colloquy.api.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A source of the corpus that the importer of one version could not make an article of, and why. */
@Entity
@Table(name = "rejected_source")
public class RejectedSourceRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String contentHash;
    public String importerVersion;
    public String originName;
    public String reason;
    public Instant rejectedAt;
}
