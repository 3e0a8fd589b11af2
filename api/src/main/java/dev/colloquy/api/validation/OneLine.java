package dev.colloquy.api.validation;

import dev.colloquy.api.graphql.Limits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One line without control characters, or null: names and labels that may reach a log (see LogSafe). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneLine.Check.class)
public @interface OneLine {

    String message() default "must be one line without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with the same rule as {@link Limits#line}. */
    class Check implements ConstraintValidator<OneLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Limits.isOneLine(value);
        }
    }
}
