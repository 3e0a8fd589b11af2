package dev.colloquy.api.exchange;

import dev.colloquy.api.interview.InterviewRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question and its answer. Rows of one interview are inserted in ordinal order, so ordering by id
 * is transcript order, which lets every exchange list page by id.
 */
@Entity
@Table(name = "exchange")
public class ExchangeRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    public InterviewRow interview;

    public int ordinal;
    public String questionText;
    public String answerText;
    public double confidence;
    public int spanStart;
    public int spanEnd;
}
