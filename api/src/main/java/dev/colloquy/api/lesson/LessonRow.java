package dev.colloquy.api.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's lesson. Only its owner changes it; others see it once it is published. */
@Entity
@Table(name = "lesson")
public class LessonRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The user name of the teacher who created it. */
    public String owner;

    public String title;
    public String introduction;
    public boolean published;
    /** A CEFR band (CefrLevel's name), or null. */
    public String targetLevel;

    public Instant createdAt;
    public Instant updatedAt;
}
