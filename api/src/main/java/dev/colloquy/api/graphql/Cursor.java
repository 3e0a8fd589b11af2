package dev.colloquy.api.graphql;

/**
 * Opaque cursors: base64url of "cursor:Type:key". Every connection pages by ascending key, so the
 * key of the last item seen is all a cursor needs to carry.
 */
public final class Cursor {

    private static final String PREFIX = "cursor:";

    private Cursor() {
    }

    public static String of(String nodeType, long key) {
        return GlobalId.encode(PREFIX + nodeType + ":" + key);
    }

    static long parse(String cursor, String nodeType) {
        String decoded = GlobalId.decode(cursor, "cursor");
        String expected = PREFIX + nodeType + ":";
        if (!decoded.startsWith(expected)) {
            throw new BadUserInputException("'" + cursor + "' is not a cursor of this " + nodeType + " list");
        }
        try {
            return Long.parseLong(decoded.substring(expected.length()));
        } catch (NumberFormatException e) {
            throw new BadUserInputException("'" + cursor + "' is not a valid cursor");
        }
    }
}
