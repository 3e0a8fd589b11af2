package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.GlobalId;
import dev.colloquy.api.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rejected source as the schema shows it to editors. */
@Type("RejectedSource")
@Description("A file of the corpus folder (or the shipped sample) that the importer could not make an article of."
        + " It is not read again on later starts until the importer changes; fix the file (a changed text is read"
        + " again) or import it with options through importArticle.")
public record RejectedSource(
        @Ignore long key,

        @NonNull @Description("The file's name, as the corpus folder has it.")
        String name,

        @NonNull @Description("Why the importer refused it, as its command line would say.")
        String reason,

        @NonNull @Description("SHA-256 of the file's text, hex encoded (of its bytes when it is not text).")
        String contentHash,

        @NonNull @Description("The version of the importer that refused it: a digest of its code and word lists.")
        String importerVersion,

        @NonNull @Description("When it was refused, ISO-8601.")
        String rejectedAt,

        @Description("True when the running importer made this rejection; false for one an older importer made,"
                + " which a restart reads again.")
        boolean current)
        implements Node {

    public static final String TYPE = "RejectedSource";

    static RejectedSource of(RejectedSourceRow row, String currentVersion) {
        return new RejectedSource(
                row.id,
                row.originName,
                row.reason,
                row.contentHash,
                row.importerVersion,
                row.rejectedAt.toString(),
                row.importerVersion.equals(currentVersion));
    }

    @Override
    @Id
    @NonNull
    @Description("The global ID of this rejection.")
    public String getId() {
        return GlobalId.of(TYPE, key);
    }
}
