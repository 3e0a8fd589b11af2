package dev.colloquy.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Lets a client learn who it is signed in as, to show or hide editing controls. */
@GraphQLApi
public class ViewerGraph {

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Query("viewer")
    @Description("The caller: anonymous, or a signed-in user and their roles.")
    public @NonNull Viewer viewer() {
        if (identity.isAnonymous()) {
            return new Viewer(null, null, List.of());
        }
        String name = identity.getPrincipal().getName();
        return new Viewer(
                name,
                caller.displayName(name),
                identity.getRoles().stream().sorted().toList());
    }
}
