package dev.colloquy.api.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word of a lesson's vocabulary list and its meaning. */
@Entity
@Table(name = "vocabulary_term")
public class VocabularyTermRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long lessonId;
    public int position;
    public String word;
    public String definition;
}
