package dev.colloquy.api.exchange;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One paragraph of the question or the answer of an exchange, with its span in the source. */
@Entity
@Table(name = "turn_paragraph")
public class TurnParagraphRow extends PanacheEntityBase {

    /** Which turn of the exchange a paragraph belongs to. */
    public enum Side {
        QUESTION,
        ANSWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exchange_id")
    public ExchangeRow exchange;

    @Enumerated(EnumType.STRING)
    public Side side;

    public int position;
    public String text;
    public int spanStart;
    public int spanEnd;
}
