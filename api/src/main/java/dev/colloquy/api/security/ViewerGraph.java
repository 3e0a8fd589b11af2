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

    @Query("viewer")
    @Description("The caller: anonymous, or a signed-in user and their roles.")
    public @NonNull Viewer viewer() {
        if (identity.isAnonymous()) {
            return new Viewer(null, List.of());
        }
        return new Viewer(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
