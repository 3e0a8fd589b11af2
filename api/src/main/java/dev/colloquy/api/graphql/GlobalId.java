package dev.colloquy.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A node's global ID: base64url of "Type:key". Opaque to clients, so the key scheme can change, yet
 * it names the type, so node(id:) knows which table to look in.
 */
public record GlobalId(String type, long key) {

    public static String of(String type, long key) {
        return encode(type + ":" + key);
    }

    /**
     * Reads an ID; fails with BAD_USER_INPUT when it is not one this service could have made. Messages quote the
     * client's text through LogSafe, since error messages also reach the log.
     */
    public static GlobalId parse(String id) {
        String decoded = decode(id, "ID");
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new BadUserInputException("'" + LogSafe.text(id) + "' is not a valid ID");
        }
        try {
            return new GlobalId(decoded.substring(0, colon), Long.parseLong(decoded.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new BadUserInputException("'" + LogSafe.text(id) + "' is not a valid ID");
        }
    }

    /** Reads an ID that must name the given type, e.g. exchange(id:) only accepts exchange IDs. */
    public static long parse(String id, String expectedType) {
        GlobalId parsed = parse(id);
        if (!parsed.type().equals(expectedType)) {
            throw new BadUserInputException("'" + LogSafe.text(id) + "' is the ID of " + article(parsed.type())
                    + ", not of " + article(expectedType));
        }
        return parsed.key();
    }

    static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String encoded, String what) {
        if (encoded != null && encoded.length() > Limits.ID) {
            throw new BadUserInputException(
                    "a valid " + what + " is at most " + Limits.ID + " characters; this one has " + encoded.length());
        }
        try {
            return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadUserInputException("'" + LogSafe.text(encoded) + "' is not a valid " + what);
        }
    }

    private static String article(String type) {
        return ("AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
