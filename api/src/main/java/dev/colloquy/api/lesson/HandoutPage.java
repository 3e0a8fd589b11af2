package dev.colloquy.api.lesson;

import dev.colloquy.api.excerpt.Citations;
import dev.colloquy.core.excerpt.Citation.Styled;
import dev.colloquy.core.lesson.Handout;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.util.Arrays;
import java.util.List;

/** The printable HTML handout: templates/HandoutPage/handout.html, type-checked when the service is built. */
public final class HandoutPage {

    private HandoutPage() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handout(Handout handout, PaperSize paper);
    }

    static String render(Handout handout, PaperSize paper) {
        return Templates.handout(handout, paper).render();
    }

    /** Helpers the template calls on its values. */
    @TemplateExtension
    static class Extensions {

        /** A citation as HTML with the publication in italics (its text escaped). */
        static String html(Styled citation) {
            return Citations.html(citation);
        }

        /** An excerpt's paragraphs: it keeps the blank lines between them. */
        static List<String> paragraphs(String text) {
            return Arrays.stream(text.split("\n\n")).filter(p -> !p.isBlank()).toList();
        }
    }
}
