package dev.colloquy.importer.layout;

import java.util.Locale;

/**
 * The layouts a developer can force with {@code --layout} or front matter's {@code layout:} when the
 * detection gets one wrong. A layout fixes either the source format or the turn labelling, and leaves the
 * other to detection.
 */
public enum Layout {
    UNLABELLED(null, TurnLabelling.UNLABELLED),
    QA(null, TurnLabelling.QA),
    SPEAKERS(null, TurnLabelling.SPEAKERS),
    BOLD(null, TurnLabelling.EMPHASIS),
    TEXT(SourceFormat.TEXT, null),
    MARKDOWN(SourceFormat.MARKDOWN, null),
    HTML(SourceFormat.HTML, null);

    private final SourceFormat format;
    private final TurnLabelling labelling;

    Layout(SourceFormat format, TurnLabelling labelling) {
        this.format = format;
        this.labelling = labelling;
    }

    /** The format this layout forces, or null. */
    public SourceFormat format() {
        return format;
    }

    /** The turn labelling this layout forces, or null. */
    public TurnLabelling labelling() {
        return labelling;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "qa", "Speakers", "html"…; null for an unknown name. */
    public static Layout named(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Layout layout : values()) {
            if (layout.name().equals(wanted)) {
                return layout;
            }
        }
        return null;
    }
}
