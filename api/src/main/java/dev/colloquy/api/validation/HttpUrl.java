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

/** An absolute http(s) URL of at most {@link Limits#URL} characters, or null. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrl.Check.class)
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL of at most " + Limits.URL + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** True where an empty string means "none" (a correction removed), so it passes too. */
    boolean emptyAllowed() default false;

    class Check implements ConstraintValidator<HttpUrl, String> {
        private boolean emptyAllowed;

        @Override
        public void initialize(HttpUrl constraint) {
            emptyAllowed = constraint.emptyAllowed();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() && emptyAllowed || Limits.isHttpUrl(value);
        }
    }
}
