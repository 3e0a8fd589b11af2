package dev.colloquy.api.ingest;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.importer.layout.Layout;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The importer's layouts (its --layout option) as the schema and the REST layout parameter name them. */
@Enum("ImportLayout")
@Description(
        "A layout to use instead of the one the importer would detect: a way of labelling turns, or a source format.")
public enum ImportLayout {
    @Description("Unlabelled paragraphs: the turn scorer decides where questions and answers are.")
    UNLABELLED(Layout.UNLABELLED),
    @Description("Q: and A: labels.")
    QA(Layout.QA),
    @Description("Speakers' names as labels, e.g. MARIA LOPEZ: or Jane Doe:.")
    SPEAKERS(Layout.SPEAKERS),
    @Description("Questions set in bold (or as headings), answers plain.")
    BOLD(Layout.BOLD),
    @Description("Read the document as plain text.")
    TEXT(Layout.TEXT),
    @Description("Read the document as Markdown.")
    MARKDOWN(Layout.MARKDOWN),
    @Description("Read the document as HTML.")
    HTML(Layout.HTML);

    private final Layout layout;

    ImportLayout(Layout layout) {
        this.layout = layout;
    }

    /** The importer's layout. */
    public Layout layout() {
        return layout;
    }

    /** From a query parameter (qa, Speakers… as the CLI takes them); null when absent; BAD_USER_INPUT when unknown. */
    static ImportLayout of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return valueOf(parameter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("layout must be one of "
                    + Arrays.stream(values())
                            .map(l -> l.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }
}
