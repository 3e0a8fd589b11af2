package dev.colloquy.api.interview;

import dev.colloquy.api.article.ArticleRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The transcript of an article: who asked and who answered. Its exchanges point at it. */
@Entity
@Table(name = "interview")
public class InterviewRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleRow article;

    public String interviewerName;
    public String interviewerRole;
    public String intervieweeName;
    public String intervieweeRole;
}
