package dev.colloquy.api.validation;

import dev.colloquy.importer.source.SourceDecoder;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text of at most {@link #value} bytes as UTF-8, or null: a document's limit is the importer's, in bytes,
 * whether it arrives as a file or as a JSON string.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxUtf8Bytes.Check.class)
public @interface MaxUtf8Bytes {

    int value();

    String message() default "is over the limit of {value} bytes as UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxUtf8Bytes, String> {
        private int max;

        @Override
        public void initialize(MaxUtf8Bytes constraint) {
            max = constraint.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || SourceDecoder.utf8Length(value) <= max;
        }
    }
}
