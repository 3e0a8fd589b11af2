package dev.colloquy.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.api.lesson.AddExcerptInput;
import dev.colloquy.api.lesson.ExcerptNotes;
import dev.colloquy.api.lesson.LessonText;
import dev.colloquy.api.lesson.Vocabulary;
import dev.colloquy.api.lesson.VocabularyTermInput;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lesson inputs' constraints and the messages a client reads: each refused field named as the client
 * sent it (terms[1].word, discussionQuestions[1], input.start), with its limit.
 */
class ViolationsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void aValidator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aTermOfAListIsNamedByItsIndex() {
        Vocabulary vocabulary = new Vocabulary(List.of(term("ally", "a partner"), term("w".repeat(101), "long")));
        assertThat(message("", vocabulary)).isEqualTo("terms[1].word is over the limit of 100 characters");
        assertThat(message("", new Vocabulary(List.of(term(" ", "blank")))))
                .isEqualTo("terms[0].word is blank: every vocabulary term needs a word");
    }

    @Test
    void anItemOfAListOfTextsIsNamedByItsIndex() {
        ExcerptNotes notes = new ExcerptNotes("n".repeat(5001), List.of("Why?", "q".repeat(1001)));
        assertThat(message("", notes))
                .isEqualTo("discussionQuestions[1] is over the limit of 1000 characters;"
                        + " note is over the limit of 5000 characters");
    }

    @Test
    void fieldsOfAnArgumentAreNamedUnderIt() {
        AddExcerptInput input = new AddExcerptInput();
        input.lessonId = "TGVzc29uOjE";
        input.start = -5;
        assertThat(message("input.", input)).startsWith("input.start must be between 0 and ");
        input.start = 0;
        assertThat(validator.validate(input)).isEmpty();
    }

    @Test
    void aTitleMustBeThereAndShort() {
        assertThat(message("", new LessonText("  ", null))).isEqualTo("title is blank: a lesson needs a title");
        assertThat(message("", new LessonText("t".repeat(201), null)))
                .isEqualTo("title is over the limit of 200 characters");
        assertThat(validator.validate(new LessonText("Allies", "An introduction")))
                .isEmpty();
    }

    private static <T> String message(String prefix, T value) {
        return Violations.message(prefix, validator.validate(value));
    }

    private static VocabularyTermInput term(String word, String definition) {
        VocabularyTermInput term = new VocabularyTermInput();
        term.word = word;
        term.definition = definition;
        return term;
    }
}
