package dev.colloquy.api.validation;

import dev.colloquy.api.graphql.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a service's input against its Bean Validation constraints at the service's edge. The check is
 * explicit rather than by method interception: SmallRye GraphQL takes a ConstraintViolationException thrown
 * by a resolver for a violation of the resolver's own arguments and fails on the service's path, so a
 * refusal leaves here as BAD_USER_INPUT, which GraphQL and REST already answer with the field named.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    /** The value, when it satisfies its constraints; BAD_USER_INPUT naming each refused field otherwise. */
    public <T> T valid(T value) {
        return valid("", value);
    }

    /** The same for a value the client sent as one named argument: its fields are named "input.start". */
    public <T> T valid(String argument, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            String prefix = argument.isEmpty() ? "" : argument + ".";
            throw new BadUserInputException(Violations.message(prefix, violations));
        }
        return value;
    }
}
