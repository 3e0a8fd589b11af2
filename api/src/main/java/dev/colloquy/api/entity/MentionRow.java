package dev.colloquy.api.entity;

import dev.colloquy.api.exchange.ExchangeRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One occurrence of an entity in the source; exchange is null when it sits in the article's own prose. */
@Entity
@Table(name = "mention")
public class MentionRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    public NamedEntityRow entity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exchange_id")
    public ExchangeRow exchange;

    public String text;
    public int spanStart;
    public int spanEnd;
}
