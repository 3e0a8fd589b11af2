package dev.colloquy.api.excerpt;

import dev.colloquy.api.article.ArticleRow;
import dev.colloquy.core.excerpt.TextPositionSelector;
import dev.colloquy.core.excerpt.TextQuoteSelector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An excerpt of a lesson: its selectors as made against one revision of the article's source text. The
 * lesson is a plain key so that excerpts and lessons do not depend on each other's packages.
 */
@Entity
@Table(name = "excerpt")
public class ExcerptRow extends PanacheEntityBase {

    /** Discussion questions share one column, one per line: they are only ever read whole. */
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long lessonId;
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleRow article;

    public boolean wholeExchange;
    public String quoteExact;
    public String quotePrefix;
    public String quoteSuffix;
    public int positionStart;
    public int positionEnd;
    public int sourceRevision;
    public String quotedAs;
    public String quotedSpeaker;
    public Double similarity;
    public String note;
    public String discussionQuestions;
    public Instant createdAt;

    public TextQuoteSelector quoteSelector() {
        return new TextQuoteSelector(quoteExact, quotePrefix, quoteSuffix);
    }

    public TextPositionSelector positionSelector() {
        return new TextPositionSelector(positionStart, positionEnd);
    }

    public List<String> questionList() {
        return discussionQuestions == null || discussionQuestions.isEmpty()
                ? List.of()
                : Arrays.asList(discussionQuestions.split(SEPARATOR));
    }

    /** Stores the questions, each on one line (line breaks inside a question become spaces). */
    public void setQuestionList(List<String> questions) {
        discussionQuestions = String.join(
                SEPARATOR,
                questions.stream()
                        .map(q -> q.replaceAll("\\s*\\R\\s*", " ").strip())
                        .filter(q -> !q.isEmpty())
                        .toList());
    }
}
