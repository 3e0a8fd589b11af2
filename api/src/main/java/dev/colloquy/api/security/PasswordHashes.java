package dev.colloquy.api.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.regex.Pattern;

/** Salted bcrypt hashes in modular crypt form, made and checked with Quarkus's Elytron bcrypt. */
public final class PasswordHashes {

    /** The work factor of new hashes: about a quarter of a second per check on a server core. */
    public static final int COST = 12;

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private PasswordHashes() {}

    /** A new salted hash of the password. */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether the text is a bcrypt hash at all; anything else (a plain password above all) is refused. */
    public static boolean isHash(String text) {
        return text != null && BCRYPT.matcher(text).matches();
    }

    /** Whether the password is the one hashed; false for a malformed hash. */
    public static boolean matches(String password, String hash) {
        return isHash(hash) && BcryptUtil.matches(password, hash);
    }
}
