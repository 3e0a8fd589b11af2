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
        return message("", violations);
    }

    /** The same, each field named under the prefix the client knows the object by ("input.start"). */
    public static String message(String prefix, Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> prefix + field(v) + " " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }

    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // Bean Validation puts a list item's index on the node after the list: terms, word[1] is terms[1].word.
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        // A constraint on a plain parameter: the parameter's name is what the client sent.
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .reduce((a, b) -> b)
                .orElse("input");
    }
}
