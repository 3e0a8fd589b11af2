package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.BadUserInputException;
import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The paper a handout is laid out for. */
@Enum("PaperSize")
@Description("The paper a printed handout is laid out for.")
public enum PaperSize {
    @Description("ISO A4, 210 × 297 mm: schools in the UK, Europe and most of the world.")
    A4("A4"),
    @Description("US Letter, 8.5 × 11 in: schools in the US and Canada.")
    LETTER("letter");

    /** The CSS @page size keyword. */
    public final String css;

    PaperSize(String css) {
        this.css = css;
    }

    /** From a query parameter (a4, letter, any case); A4 when absent; BAD_USER_INPUT naming the parameter otherwise. */
    static PaperSize of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return A4;
        }
        try {
            return valueOf(parameter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("paper must be a4 or letter");
        }
    }
}
