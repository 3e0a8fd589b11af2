package dev.colloquy.api.interview;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A person who speaks; articleKey lets Speaker.entity find the entity among the article's own. */
@Type("Speaker")
@Description("A person who takes part in an interview or is quoted, with the role the article gives them.")
public record Speaker(
        @NonNull @Description("The speaker's name as the article gives it.")
        String name,

        @Description("The speaker's role or title, e.g. \"NATO Secretary General\", when the article gives one.")
        String role,

        @Ignore long articleKey) {

    /** A speaker when a name is known, otherwise null. */
    public static Speaker of(String name, String role, long articleKey) {
        return name == null || name.isBlank() ? null : new Speaker(name, role, articleKey);
    }
}
