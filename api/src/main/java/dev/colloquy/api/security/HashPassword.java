package dev.colloquy.api.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the bcrypt hash of a password for {@code colloquy.security.users."NAME".password-hash}. The password
 * is read from the terminal without echo, or from standard input, never from the command line (which shells
 * keep in their history). Run through {@code api/hash-password}.
 */
public final class HashPassword {

    private HashPassword() {}

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            System.err.println("hash-password: give a password of at least 12 characters");
            System.exit(2);
        }
        System.out.println(PasswordHashes.hash(password));
    }
}
