package dev.colloquy.api.security;

/** The roles the service knows. Reading the corpus needs none. */
public final class Roles {

    /** May import articles into the corpus. */
    public static final String EDITOR = "editor";

    /** May build lessons; owns the lessons they create. */
    public static final String TEACHER = "teacher";

    private Roles() {}
}
