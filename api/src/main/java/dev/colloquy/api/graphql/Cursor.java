package dev.colloquy.api.graphql;

/**
 * Opaque cursors: base64url of "cursor:Type:key". Every connection pages by ascending key, so the
 * key of the last item seen is all a cursor needs to carry.
 */
public final class Cursor {

    private static final String PREFIX = "cursor:";

    private Cursor() {}

    public static String of(String nodeType, long key) {
        return GlobalId.encode(PREFIX + nodeType + ":" + key);
    }

    /** The key an after: cursor names; BAD_USER_INPUT for anything this service did not hand out. */
    static long parse(String cursor, String nodeType) {
        String decoded = GlobalId.decode(cursor, "after: cursor");
        String expected = PREFIX + nodeType + ":";
        if (!decoded.startsWith(expected)) {
            throw new BadUserInputException(
                    "after: '" + LogSafe.text(cursor) + "' is not a cursor of this " + nodeType + " list");
        }
        long key;
        try {
            key = Long.parseLong(decoded.substring(expected.length()));
        } catch (NumberFormatException e) {
            key = -1;
        }
        // Keys are row IDs and search ranks, never negative: a negative one was forged.
        if (key < 0) {
            throw new BadUserInputException("after: '" + LogSafe.text(cursor) + "' is not a valid cursor");
        }
        return key;
    }
}
