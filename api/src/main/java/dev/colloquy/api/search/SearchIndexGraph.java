package dev.colloquy.api.search;

import dev.colloquy.api.security.Caller;
import dev.colloquy.api.security.Roles;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The search index's state and its rebuild, for editors. */
@GraphQLApi
public class SearchIndexGraph {

    @Inject
    IndexSync sync;

    @Inject
    Caller caller;

    @Query("searchIndexStatus")
    @Description(
            "Where the search index stands: whether it is being rebuilt, its version, its size and the changes it"
                    + " has yet to apply. Needs the editor role: UNAUTHENTICATED without credentials, FORBIDDEN for other users.")
    public @NonNull SearchIndexStatus searchIndexStatus() {
        caller.require(Roles.EDITOR);
        return sync.status();
    }

    @Mutation("rebuildSearchIndex")
    @Description("Rebuilds the search index from the database in the background and answers at once, with rebuilding"
            + " true; searches answer from the previous index until the new one is complete, and the service reports"
            + " itself not ready meanwhile. Asking while a rebuild runs changes nothing. Only needed after a change of"
            + " the index's analysis that kept its version, or to repair a damaged index: imports keep it current."
            + " Needs the editor role: UNAUTHENTICATED without credentials, FORBIDDEN for other users.")
    public @NonNull SearchIndexStatus rebuildSearchIndex() {
        caller.require(Roles.EDITOR);
        sync.requestRebuild();
        return sync.status();
    }
}
