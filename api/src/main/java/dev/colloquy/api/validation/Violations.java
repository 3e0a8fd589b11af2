package dev.colloquy.api.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Bean Validation's refusals in the words of our BAD_USER_INPUT messages: "name must be one line…". The
 * field is named as the client sent it: only the property path remains (sourceUrl, terms[1].word).
 */
public final class Violations {

    private Violations() {}

    /** One clause per violation, sorted so that the same input always gives the same message. */
    public static String message(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> field(v) + " " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }

    private static String field(ConstraintViolation<?> violation) {
        String properties = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Violations::name)
                .collect(Collectors.joining("."));
        if (!properties.isEmpty()) {
            return properties;
        }
        // A constraint on a plain parameter: the parameter's name is what the client sent.
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .reduce((a, b) -> b)
                .orElse("input");
    }

    private static String name(Path.Node node) {
        return node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]";
    }
}
