package dev.colloquy.api.security;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caller as the schema shows them. */
@Type("Viewer")
@Description("Who is making the request: an anonymous reader or a signed-in user with roles.")
public record Viewer(
        @Description("The user name (the login); null for an anonymous reader.")
        String name,

        @Description("The name to show people, e.g. \"Alice Martin\": the account's configured display-name or the OIDC"
                + " name claim, else the user name; null for an anonymous reader.")
        String displayName,

        @NonNull @Description("The roles held, e.g. teacher or editor; empty for an anonymous reader.")
        List<@NonNull String> roles) {}
