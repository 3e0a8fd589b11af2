package dev.colloquy.api.graphql;

/**
 * The checked arguments of a connection field: how many items, and after which key.
 *
 * @param afterKey the database key the after: cursor names, or null for the first page
 */
public record PageRequest(int first, Long afterKey) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Validates first/after as a client sent them; the cursor must belong to a connection of nodeType. */
    public static PageRequest of(Integer first, String after, String nodeType) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new BadUserInputException("first must not be negative: " + size);
        }
        if (size > MAX_SIZE) {
            throw new PageTooLargeException(size, MAX_SIZE);
        }
        return new PageRequest(size, after == null ? null : Cursor.parse(after, nodeType));
    }
}
