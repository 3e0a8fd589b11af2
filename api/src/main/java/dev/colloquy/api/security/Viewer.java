package dev.colloquy.api.security;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caller as the schema shows them. */
@Type("Viewer")
@Description("Who is making the request: an anonymous reader or a signed-in user with roles.")
public record Viewer(
        @Description("The user name; null for an anonymous reader.") String name,
        @NonNull @Description("The roles held, e.g. teacher or editor; empty for an anonymous reader.") List<@NonNull String> roles) {
}
